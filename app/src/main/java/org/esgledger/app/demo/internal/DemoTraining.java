package org.esgledger.app.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.esgledger.app.fact.PublishedFigure;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.ledger.training.TrainingSession;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.Unit;

/**
 * Generates the demo's training ledger from the printed training figures: information-security
 * sessions per site, responsible-marketing, quality, anti-corruption, complaint-response, tax, legal,
 * IP and safety sessions as printed, and the remaining professional sessions so that the year's
 * sessions, person-times and training spend add up to the printed totals exactly. Seeded.
 *
 * <p>Programmes the report describes in class hours (induction by delivery, TTT, the lean yellow belt,
 * office skills over three days) are laid out with their printed class hours and participants.
 *
 * <p>What the report leaves open is chosen here and visible in the rows: dates, course titles,
 * entities of sessions not reported by site, hours where no total is printed, how person-times and
 * costs spread over sessions.
 */
public final class DemoTraining {

    public static final String VERSION = "demo-training/2";
    private static final List<String> ENTITIES = List.of("zkteco", "tangxia", "guangdong_zkteco", "xiamen_zkteco", "shenzhen_zkteco");

    private final List<PublishedFigure> printed;
    private final String root;
    private final int year;
    private final Random random;
    private final Unit hour;
    private final Unit yuan;
    private final Unit classHour;
    private final List<TrainingSession> out = new ArrayList<>();

    private DemoTraining(List<PublishedFigure> printed, String root, int year, Unit hour, Unit classHour, Unit yuan, long seed) {
        this.printed = printed;
        this.root = root;
        this.year = year;
        this.hour = hour;
        this.classHour = classHour;
        this.yuan = yuan;
        this.random = new Random(seed);
    }

    public static List<TrainingSession> generate(List<PublishedFigure> printed, String root, int year, Unit hour, Unit classHour,
                                                 Unit yuan, long seed) {
        return new DemoTraining(printed, root, year, hour, classHour, yuan, seed).sessions();
    }

    private List<TrainingSession> sessions() {
        for (String site : List.of("site_dongguan", "site_xiamen")) {
            block("infosec", "信息安全意识培训", site, (int) whole("infosec_training_sessions", site),
                    whole("infosec_training_participants", site), null, 0);
        }
        block("responsible_marketing", "负责任营销与广告合规", null, (int) whole("responsible_marketing_training_sessions", root),
                whole("responsible_marketing_training_participants", root), value("responsible_marketing_training_hours"), 0);
        int qualityInternal = (int) whole("product_quality_training_sessions", root, "training_type=internal");
        int qualityExternal = (int) whole("product_quality_training_sessions", root, "training_type=external");
        long qualityPeople = whole("product_quality_training_headcount", root);
        long internalPeople = qualityPeople * qualityInternal / (qualityInternal + qualityExternal);
        BigDecimal qualityHours = value("product_quality_training_hours");
        long internalHours = qualityHours.longValueExact() - 6L * qualityExternal;
        qualityBlock("internal", qualityInternal, internalPeople, internalHours);
        qualityBlock("external", qualityExternal, qualityPeople - internalPeople, 6L * qualityExternal);
        block("anti_corruption", "反商业贿赂与廉洁从业", null, 1, whole("anti_bribery_training_participants", root),
                value("anti_bribery_training_hours"), 0);
        int complaint = (int) whole("complaint_response_training_sessions", root);
        block("complaint_response", "客诉响应与处理", null, complaint, whole("complaint_response_training_participants", root), null, 0);
        block("tax", "税务合规", null, (int) whole("tax_training_sessions", root), 12L * whole("tax_training_sessions", root), null, 0);
        block("legal", "法律合规", null, (int) whole("legal_training_sessions", root), 40L * whole("legal_training_sessions", root), null, 0);
        block("ip", "知识产权保护", null, (int) whole("ip_training_sessions", root), 30L * whole("ip_training_sessions", root), null, 0);
        // programmes the report describes in class hours (课时): induction by delivery, TTT, lean yellow belt, office skills
        for (String delivery : List.of("online", "offline")) {
            programme("induction", "新员工入职培训", delivery, List.of(value("new_employee_training_class_hours", "delivery=" + delivery)), 60);
        }
        programme("lecturer", "内训师（TTT）培训", "offline", List.of(value("ttt_training_class_hours", "")),
                whole("ttt_training_participants", root));
        programme("lean", "精益管理黄带培训", "offline", List.of(value("yellow_belt_training_class_hours", "")),
                whole("yellow_belt_training_participants", root));
        int excelDays = value("excel_training_days", "").intValueExact();
        BigDecimal excelHours = value("excel_training_class_hours", "");
        List<BigDecimal> perDay = new ArrayList<>();
        for (int d = 0; d < excelDays; d++) {
            perDay.add(excelHours.divide(BigDecimal.valueOf(excelDays)));
        }
        programme("office_skills", "Excel办公技能提升", "offline", perDay, whole("excel_training_participants", root));
        long safetyCost = money("safety_training_investment");
        block("safety", "安全生产与消防", null, 6, 6L * 60, null, safetyCost);

        long sessions = whole("employee_training_sessions", root) - out.size();
        long personTimes = whole("employee_training_person_times", root) - out.stream().mapToLong(TrainingSession::participants).sum();
        long cost = money("employee_training_investment") - safetyCost;
        block("professional", "专业技能提升", null, (int) sessions, personTimes, null, cost);
        out.sort((a, b) -> a.date().compareTo(b.date()));
        return out;
    }

    /** Sessions on consecutive days, one per class-hour figure, attended by the same people. */
    private void programme(String type, String course, String delivery, List<BigDecimal> classHours, long people) {
        LocalDate first = LocalDate.of(year, 1, 1).plusDays(random.nextInt(300));
        for (int i = 0; i < classHours.size(); i++) {
            out.add(new TrainingSession(first.plusDays(i), ENTITIES.get(0), course, type, "internal", delivery,
                    new Quantity(classHours.get(i), classHour), people, new Quantity(BigDecimal.ZERO, yuan)));
        }
    }

    private void qualityBlock(String provider, int sessions, long people, long hours) {
        List<Long> p = Splits.split(people, sessions, 1, random);
        List<Long> h = Splits.split(hours, sessions, 1, random);
        for (int i = 0; i < sessions; i++) {
            out.add(session("quality", "产品质量与过程控制", ENTITIES.get(random.nextInt(ENTITIES.size())), provider,
                    BigDecimal.valueOf(h.get(i)), p.get(i), 0));
        }
    }

    /**
     * Adds {@code sessions} sessions of a type whose person-times, hours (when printed) and cost add
     * up to the given totals.
     */
    private void block(String type, String course, String entity, int sessions, long personTimes, BigDecimal hours, long cost) {
        List<Long> people = Splits.split(personTimes, sessions, 1, random);
        List<Long> costs = cost == 0 ? Collections.nCopies(sessions, 0L) : Splits.split(cost, sessions, 0, random);
        List<BigDecimal> durations = new ArrayList<>();
        if (hours != null) {
            long halfHours = hours.multiply(BigDecimal.valueOf(2)).longValueExact();
            Splits.split(halfHours, sessions, 1, random).forEach(h -> durations.add(BigDecimal.valueOf(h, 0).divide(BigDecimal.valueOf(2))));
        } else {
            for (int i = 0; i < sessions; i++) {
                durations.add(BigDecimal.valueOf(1 + random.nextInt(8)));
            }
        }
        for (int i = 0; i < sessions; i++) {
            String where = entity != null ? entity : ENTITIES.get(random.nextInt(ENTITIES.size()));
            out.add(session(type, course, where, costs.get(i) > 0 ? "external" : "internal", durations.get(i), people.get(i),
                    costs.get(i)));
        }
    }

    private TrainingSession session(String type, String course, String entity, String provider, BigDecimal hours, long people,
                                    long cost) {
        LocalDate date = LocalDate.of(year, 1, 1).plusDays(random.nextInt(LocalDate.of(year, 12, 31).getDayOfYear()));
        return new TrainingSession(date, entity, course, type, provider, random.nextInt(3) == 0 ? "online" : "offline",
                new Quantity(hours.stripTrailingZeros().scale() < 0 ? hours.setScale(0) : hours.stripTrailingZeros(), hour),
                people, new Quantity(BigDecimal.valueOf(cost), yuan));
    }

    private Optional<PublishedFigure> find(String indicator, String entity, String breakdown) {
        return printed.stream().filter(f -> f.indicator().equals(indicator) && f.entity().equals(entity)
                && f.key().period().code().equals(String.valueOf(year)) && f.key().breakdown().code().equals(breakdown)
                && f.key().nature() == Nature.ACTUAL).findFirst();
    }

    private long whole(String indicator, String entity) {
        return whole(indicator, entity, "");
    }

    private long whole(String indicator, String entity, String breakdown) {
        return find(indicator, entity, breakdown).orElseThrow(() ->
                new IllegalStateException("the report prints no " + indicator + "@" + entity + " [" + breakdown + "]")).amount().orElseThrow()
                .longValueExact();
    }

    private BigDecimal value(String indicator) {
        return value(indicator, "");
    }

    private BigDecimal value(String indicator, String breakdown) {
        return find(indicator, root, breakdown).orElseThrow(() ->
                new IllegalStateException("the report prints no " + indicator + " [" + breakdown + "]")).amount().orElseThrow();
    }

    /** A printed amount in 万元, as whole yuan. */
    private long money(String indicator) {
        PublishedFigure f = find(indicator, root, "").orElseThrow();
        if (!f.unitCode().equals("CNY_10k")) {
            throw new IllegalStateException(indicator + " is printed in " + f.unitCode() + ", expected 万元");
        }
        return f.amount().orElseThrow().movePointRight(4).longValueExact();
    }
}
