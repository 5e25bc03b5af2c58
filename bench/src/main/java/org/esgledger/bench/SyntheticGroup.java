package org.esgledger.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.esgledger.engine.calc.CalculationModel;
import org.esgledger.engine.calc.InputValue;
import org.esgledger.engine.catalogue.Aggregation;
import org.esgledger.engine.catalogue.Dimension;
import org.esgledger.engine.catalogue.Direction;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.catalogue.ValueType;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.formula.Formula;
import org.esgledger.engine.formula.FormulaSet;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.organisation.EntityKind;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.organisation.ReportingEntity;
import org.esgledger.engine.unit.UnitTable;

/**
 * A synthetic group for the calculation benchmark: a root, 20 subsidiaries and 480 sites (501
 * entities; smaller for the smoke run); 300 indicators, 200 entered at the sites (the first 50 also by gender) and 100
 * derived by formula (shares, sums, chains with a prior year, breakdown shares); 5 years. Values
 * are whole numbers from a seeded generator, so every run and the spreadsheet see the same data.
 */
final class SyntheticGroup {

    /** The benchmark's size: 20 subsidiaries of 24 sites. */
    static final int SUBSIDIARIES = 20;
    static final int SITES_PER_SUBSIDIARY = 24;
    static final int BASE = 200;
    static final int BY_GENDER = 50;
    static final int DERIVED = 100;
    static final int FIRST_YEAR = 2020;
    static final int YEARS = 5;

    final List<ReportingEntity> entities = new ArrayList<>();
    final List<String> sites = new ArrayList<>();
    final Map<String, Indicator> indicators = new HashMap<>();
    final List<Formula> formulas = new ArrayList<>();
    final List<InputValue> inputs = new ArrayList<>();
    final Map<String, Dimension> dimensions = Map.of("gender", new Dimension("gender", Bilingual.of("性别", "Gender"),
            List.of(new Dimension.Member("female", Bilingual.of("女", "female")), new Dimension.Member("male", Bilingual.of("男", "male")))));

    SyntheticGroup(long seed) {
        this(seed, SUBSIDIARIES, SITES_PER_SUBSIDIARY);
    }

    /** A group of another size (the smoke run takes a tiny one). */
    SyntheticGroup(long seed, int subsidiaries, int sitesPerSubsidiary) {
        entities.add(entity("g", null));
        for (int s = 0; s < subsidiaries; s++) {
            String sub = String.format("s%02d", s);
            entities.add(entity(sub, "g"));
            for (int t = 0; t < sitesPerSubsidiary; t++) {
                String site = sub + String.format("_%02d", t);
                entities.add(entity(site, sub));
                sites.add(site);
            }
        }
        for (int i = 0; i < BASE; i++) {
            boolean people = i % 2 == 0;
            indicators.put(base(i), indicator(base(i), people ? ValueType.COUNT : ValueType.QUANTITY, people ? "headcount" : "energy",
                    people ? "person" : "kWh", Aggregation.SUM, i < BY_GENDER ? List.of("gender") : List.of()));
        }
        for (int k = 0; k < DERIVED; k++) {
            String code = derived(k);
            int a = (2 * k) % BASE;
            int b = (2 * k + 2) % BASE;
            int c = (2 * k + 4) % BASE;
            String text;
            boolean share;
            switch (k % 4) {
                case 0 -> { text = base(a) + " / " + base(b); share = true; }
                case 1 -> { text = base(a) + " + " + base(b) + " - " + base(c); share = false; }
                case 2 -> { text = derived(k - 1) + " * 2 + " + base(a) + "@prev"; share = false; }
                default -> { text = base(a % BY_GENDER) + "[gender=female] / " + base(a % BY_GENDER); share = true; }
            }
            indicators.put(code, indicator(code, share ? ValueType.PERCENTAGE : ValueType.COUNT, share ? "dimensionless" : "headcount",
                    share ? "percent" : "person", Aggregation.NONE, List.of()));
            formulas.add(Formula.parse(code, text, "1"));
        }
        Random random = new Random(seed);
        for (String site : sites) {
            for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
                for (int i = 0; i < BASE; i++) {
                    int total = 100 + random.nextInt(900);
                    inputs.add(input(base(i), site, y, Breakdown.TOTAL, total));
                    if (i < BY_GENDER) {
                        int female = random.nextInt(total + 1);
                        inputs.add(input(base(i), site, y, Breakdown.of("gender", "female"), female));
                        inputs.add(input(base(i), site, y, Breakdown.of("gender", "male"), total - female));
                    }
                }
            }
        }
    }

    CalculationModel model() {
        return new CalculationModel(indicators, dimensions, FormulaSet.of(formulas, indicators, dimensions), Set.of(),
                new OrganisationTree(entities), UnitTable.standard());
    }

    static String base(int i) {
        return String.format("i%03d", i);
    }

    static String derived(int k) {
        return String.format("d%03d", k);
    }

    private InputValue input(String indicator, String entity, int year, Breakdown breakdown, int value) {
        return new InputValue(new FactKey(indicator, entity, new Period.FiscalYear(year), breakdown, Nature.ACTUAL), BigDecimal.valueOf(value),
                indicators.get(indicator).unit());
    }

    private static ReportingEntity entity(String code, String parent) {
        return new ReportingEntity(code, Optional.ofNullable(parent), parent == null ? EntityKind.GROUP
                : parent.equals("g") ? EntityKind.SUBSIDIARY : EntityKind.SITE, Bilingual.of(code, code), "CN", "GD", true,
                BigDecimal.ONE, List.of());
    }

    private static Indicator indicator(String code, ValueType type, String group, String unit, Aggregation aggregation, List<String> dims) {
        return new Indicator(code, Bilingual.of(code, code), Bilingual.of("", ""), type, group, unit, aggregation, dims, 2,
                Direction.NEUTRAL, "", List.of());
    }
}
