package org.esgledger.app.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.esgledger.app.fact.PublishedFigure;
import org.esgledger.engine.ledger.waste.WasteRecord;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.Unit;

/**
 * Generates the demo's waste ledger from the printed waste figures: each printed quantity (entity ×
 * waste type, in tonnes) becomes one to three transfers in whole kilograms that add up to it exactly,
 * on days of the year, handed to a licensed handler when hazardous. Seeded and deterministic.
 *
 * <p>The report prints no manifests, handlers, licence numbers, hazardous-waste codes or treatment
 * routes; the ones generated here are illustrative and marked as demo data (handler names end in
 * "（演示）", licences start with {@code DEMO-}, codes are left empty).
 */
public final class DemoWaste {

    public static final String VERSION = "demo-waste/1";
    static final String HAZARDOUS_HANDLER = "示例危险废物处置有限公司（演示）";
    static final String GENERAL_HANDLER = "示例再生资源回收有限公司（演示）";

    private DemoWaste() {
    }

    /** Illustrative treatment routes by waste type (the report prints none). */
    static final Map<String, String> TREATMENT = Map.of(
            "waste_activated_carbon", "incineration", "waste_paint_residue", "incineration", "waste_rags", "incineration",
            "waste_packaging_materials", "recycling", "waste_container_tanks", "recycling", "washout_wastewater", "other",
            "waste_packaging_tin_slag_defective_glass_prisms", "recycling", "cutting_sediment", "landfill");

    /**
     * @param printed the printed facts of the year
     * @param names   waste type member → its Chinese name (what the ledger's 废物名称 says)
     */
    public static List<WasteRecord> generate(List<PublishedFigure> printed, int year, Map<String, String> names, Unit kilogram,
                                             long seed) {
        Random random = new Random(seed);
        List<WasteRecord> out = new ArrayList<>();
        int manifest = 1;
        for (PublishedFigure f : printed) {
            boolean hazardous = f.indicator().equals("hazardous_waste_quantity");
            if (!(hazardous || f.indicator().equals("general_industrial_waste_treated")) || !f.key().period().code().equals(String.valueOf(year))
                    || !f.key().breakdown().code().startsWith("waste_type=") || !f.unitCode().equals("t")) {
                continue;
            }
            String type = f.key().breakdown().code().substring("waste_type=".length());
            long kg = f.amount().orElseThrow().movePointRight(3).longValueExact();
            for (long part : split(kg, 1 + random.nextInt(3), random)) {
                LocalDate date = LocalDate.of(year, 1, 1).plusDays(random.nextInt(LocalDate.of(year, 12, 31).getDayOfYear()));
                out.add(new WasteRecord(hazardous ? String.format("DEMO-%d-%04d", year, manifest++) : "", f.entity(), date,
                        names.get(type), type, hazardous, "", new Quantity(BigDecimal.valueOf(part), kilogram),
                        hazardous ? HAZARDOUS_HANDLER : GENERAL_HANDLER, hazardous ? "DEMO-HW-LICENCE-0001" : "",
                        TREATMENT.getOrDefault(type, "other")));
            }
        }
        out.sort((a, b) -> a.date().compareTo(b.date()) != 0 ? a.date().compareTo(b.date()) : a.manifest().compareTo(b.manifest()));
        return out;
    }

    /** Splits a whole number of kilograms into {@code parts} positive whole parts (fewer if it is too small). */
    static List<Long> split(long total, int parts, Random random) {
        int n = (int) Math.min(parts, total);
        List<Long> cuts = new ArrayList<>();
        while (cuts.size() < n - 1) {
            long cut = 1 + (long) (random.nextInt((int) Math.min(Integer.MAX_VALUE, total - 1)));
            if (!cuts.contains(cut)) {
                cuts.add(cut);
            }
        }
        Collections.sort(cuts);
        List<Long> out = new ArrayList<>();
        long previous = 0;
        for (long cut : cuts) {
            out.add(cut - previous);
            previous = cut;
        }
        out.add(total - previous);
        return out;
    }
}
