package org.esgledger.engine.unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * All unit groups and units known to a workspace, with exact conversion.
 *
 * <p>Conversion multiplies by the source factor and divides by the target factor. When that
 * division terminates (every decimal-to-decimal conversion between 元/万元/亿元, kg/t, kWh/MWh/万千瓦时
 * does) the result is exact; when it does not (GJ → kWh), the value is carried to 34 significant
 * digits ({@link MathContext#DECIMAL128}), far below any disclosure precision.
 */
public final class UnitCatalogue {

    /** Precision for conversions whose exact result has no finite decimal expansion. */
    public static final MathContext CONVERSION_PRECISION = MathContext.DECIMAL128;

    private final Map<String, UnitGroup> groups;
    private final Map<String, Unit> units;
    private final Map<String, List<Unit>> byLabel;

    public UnitCatalogue(Collection<UnitGroup> groups, Collection<Unit> units) {
        this.groups = new LinkedHashMap<>();
        for (UnitGroup g : groups) {
            if (this.groups.put(g.code(), g) != null) {
                throw UnitException.invalidTable("duplicate unit group " + g.code());
            }
        }
        this.units = new LinkedHashMap<>();
        this.byLabel = new LinkedHashMap<>();
        for (Unit u : units) {
            if (!this.groups.containsKey(u.groupCode())) {
                throw UnitException.invalidTable("unit " + u.code() + " names unknown group " + u.groupCode());
            }
            if (this.units.put(u.code(), u) != null) {
                throw UnitException.invalidTable("duplicate unit code " + u.code());
            }
            List<String> labels = new ArrayList<>(u.aliases());
            labels.add(u.code());
            labels.add(u.symbol());
            labels.add(u.name().zh());
            labels.add(u.name().en());
            for (String label : labels) {
                String key = normalise(label);
                if (key.isEmpty()) {
                    continue;
                }
                List<Unit> list = byLabel.computeIfAbsent(key, k -> new ArrayList<>());
                if (!list.contains(u)) {
                    list.add(u);
                }
            }
        }
        for (UnitGroup g : this.groups.values()) {
            Unit reference = this.units.get(g.referenceUnit());
            if (reference == null || !reference.groupCode().equals(g.code())
                    || reference.factor().compareTo(BigDecimal.ONE) != 0) {
                throw UnitException.invalidTable("group " + g.code() + " needs reference unit "
                        + g.referenceUnit() + " in the group with factor 1");
            }
        }
    }

    /** Folds full-width characters (％, ｍ³) and spacing so that typed units match. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return folded.replaceAll("\\s+", " ");
    }

    public Collection<UnitGroup> groups() {
        return groups.values();
    }

    public Collection<Unit> units() {
        return units.values();
    }

    public Optional<UnitGroup> group(String code) {
        return Optional.ofNullable(groups.get(code));
    }

    public UnitGroup groupOf(Unit unit) {
        return groups.get(unit.groupCode());
    }

    public Optional<Unit> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    public Unit referenceUnit(String groupCode) {
        return units.get(groups.get(groupCode).referenceUnit());
    }

    /**
     * The unit a person typed: a code, symbol, zh or en name or alias. Fails if nothing matches or
     * if the text names units in more than one group (use {@link #resolve(String, String)}).
     */
    public Unit resolve(String text) {
        List<Unit> candidates = candidates(text);
        if (candidates.isEmpty()) {
            throw UnitException.unknown(text);
        }
        if (candidates.size() > 1) {
            throw UnitException.ambiguous(text, candidates.stream()
                    .map(u -> u.code() + " (" + u.groupCode() + ")").collect(Collectors.joining(", ")));
        }
        return candidates.get(0);
    }

    /** The unit a person typed, looked up within one group: 名 is a person in {@code headcount}. */
    public Unit resolve(String text, String groupCode) {
        UnitGroup group = groups.get(groupCode);
        if (group == null) {
            throw UnitException.invalidTable("unknown unit group " + groupCode);
        }
        List<Unit> inGroup = candidates(text).stream().filter(u -> u.groupCode().equals(groupCode)).toList();
        if (inGroup.size() == 1) {
            return inGroup.get(0);
        }
        if (inGroup.isEmpty()) {
            throw UnitException.unknownInGroup(text, group);
        }
        throw UnitException.ambiguous(text, inGroup.stream().map(Unit::code).collect(Collectors.joining(", ")));
    }

    private List<Unit> candidates(String text) {
        String key = normalise(text);
        List<Unit> exact = byLabel.getOrDefault(key, List.of());
        if (!exact.isEmpty()) {
            return exact;
        }
        String lower = key.toLowerCase(Locale.ROOT);
        List<Unit> folded = new ArrayList<>();
        byLabel.forEach((label, list) -> {
            if (label.toLowerCase(Locale.ROOT).equals(lower)) {
                list.stream().filter(u -> !folded.contains(u)).forEach(folded::add);
            }
        });
        return folded;
    }

    public boolean convertible(Unit from, Unit to) {
        return from.groupCode().equals(to.groupCode());
    }

    /** Converts exactly where the decimal result terminates; refuses to cross unit groups. */
    public Quantity convert(Quantity quantity, Unit to) {
        Unit from = quantity.unit();
        if (!convertible(from, to)) {
            throw UnitException.incompatible(from, to);
        }
        if (from.code().equals(to.code())) {
            return quantity;
        }
        BigDecimal scaled = quantity.value().multiply(from.factor());
        BigDecimal value;
        try {
            value = scaled.divide(to.factor());
        } catch (ArithmeticException nonTerminating) {
            value = scaled.divide(to.factor(), CONVERSION_PRECISION);
        }
        return new Quantity(value, to);
    }

    public Quantity convert(Quantity quantity, String toUnitCode) {
        return convert(quantity, unit(toUnitCode).orElseThrow(() -> UnitException.unknown(toUnitCode)));
    }
}
