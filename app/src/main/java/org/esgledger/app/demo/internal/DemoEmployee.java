package org.esgledger.app.demo.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.esgledger.engine.ledger.employees.Employee;

/**
 * One employee of the demo roster drawn from a slot: age, hire date and channel, leaving date and
 * reason, maternity leave and workplace, each drawn from the roster's one random generator (so the
 * same seed gives the same roster).
 */
final class DemoEmployee {

    /** Where the employees work; the report prints no headcount by entity, so these weights are ours. */
    static final Map<String, Integer> ENTITY_WEIGHTS = entityWeights();
    static final String[] LEAVE_REASONS = {"resignation", "resignation", "resignation", "resignation", "resignation",
            "resignation", "resignation", "resignation", "contract_end", "dismissal"};

    private final RosterTargets t;
    private final Random random;
    private final LocalDate start;
    private final LocalDate end;

    DemoEmployee(RosterTargets targets, Random random, LocalDate start, LocalDate end) {
        this.t = targets;
        this.random = random;
        this.start = start;
        this.end = end;
    }

    Employee of(String id, DemoRoster.Slot s, boolean leaver) {
        int age = switch (s.age) {
            case "30_and_below" -> 20 + random.nextInt(11);
            case "31_to_50" -> 31 + random.nextInt(20);
            default -> 51 + random.nextInt(9);
        };
        int birthYear = t.year() - age;
        LocalDate earliest = LocalDate.of(Math.max(2008, birthYear + 19), 1, 1);
        LocalDate hired;
        if (s.hiredThisYear) {
            hired = start.plusDays(random.nextInt(end.getDayOfYear()));
        } else {
            LocalDate latest = start.minusDays(1);
            if (earliest.isAfter(latest)) {
                earliest = latest.minusDays(180);
            }
            hired = earliest.plusDays(random.nextInt((int) (latest.toEpochDay() - earliest.toEpochDay()) + 1));
        }
        String channel = s.hiredThisYear ? s.channel : hired.getYear() - birthYear <= 23 && random.nextInt(3) == 0 ? "campus"
                : random.nextInt(20) == 0 ? "internal" : "social";
        Optional<LocalDate> left = Optional.empty();
        String reason = "";
        if (leaver) {
            left = Optional.of(start.plusDays(random.nextInt(end.getDayOfYear() - 1)));
            reason = age >= 58 ? "retirement" : LEAVE_REASONS[random.nextInt(LEAVE_REASONS.length)];
        }
        Optional<Employee.ParentalLeave> leave = Optional.empty();
        if (s.maternity) {
            LocalDate from = start.plusDays(random.nextInt(180));
            leave = Optional.of(new Employee.ParentalLeave("maternity", from, Optional.of(from.plusDays(178))));
        }
        return new Employee(id, weighted(random, ENTITY_WEIGHTS), s.gender, birthYear, s.education, s.function,
                s.function.equals(t.rdFunction()), hired, channel, left, reason, leave);
    }

    /** A key drawn with the weights given. */
    static String weighted(Random random, Map<String, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int x = random.nextInt(total);
        for (Map.Entry<String, Integer> e : weights.entrySet()) {
            x -= e.getValue();
            if (x < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException();
    }

    private static Map<String, Integer> entityWeights() {
        Map<String, Integer> w = new LinkedHashMap<>();
        w.put("zkteco", 34);
        w.put("tangxia", 8);
        w.put("guangdong_zkteco", 12);
        w.put("xiamen_zkteco", 10);
        w.put("shenzhen_zkteco", 36);
        return w;
    }
}
