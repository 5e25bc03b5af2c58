package org.esgledger.app.fact.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.esgledger.app.intake.CsvTable;
import org.esgledger.app.intake.Problems;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.catalogue.Dimension;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.fact.FactValue;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.organisation.ReportingEntity;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;
import org.esgledger.engine.unit.UnitException;

/**
 * Reads a fact file ({@code docs/formats/facts.md}) and checks every row against the catalogue and
 * the organisation: known indicator and entity, well-formed period, allowed breakdown members, a
 * value of the indicator's type, a unit of the indicator's unit group.
 */
public final class FactFile {

    static final Set<String> REQUIRED = Set.of("indicator", "entity", "period", "value");
    static final Set<String> OPTIONAL = Set.of("breakdown", "nature", "unit", "status", "source", "note");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");

    /** A checked row, ready to store. */
    public record Entry(FactKey key, FactValue value, FactStatus status, String source, String note, int line) {
    }

    /** What a fact file is checked against. */
    public record Context(Map<String, Indicator> indicators, Map<String, Dimension> dimensions, OrganisationTree organisation,
                          UnitCatalogue units) {
    }

    private FactFile() {
    }

    public static List<Entry> read(SourceFile file, Context context, Problems problems) {
        CsvTable table = CsvTable.read(file, REQUIRED, OPTIONAL, problems);
        List<Entry> out = new ArrayList<>();
        Map<FactKey, Integer> seen = new HashMap<>();
        for (CsvTable.Row r : table.rows()) {
            row(r, context, problems).ifPresent(e -> {
                Integer first = seen.putIfAbsent(e.key(), r.line());
                if (first != null) {
                    problems.add(r.line(), "", "fact.duplicate", e.key(), first);
                } else {
                    out.add(e);
                }
            });
        }
        return out;
    }

    /** Checks one row (a file's, or one value entered in the web application's fact grid); empty when it has problems, added to {@code problems}. */
    public static Optional<Entry> row(CsvTable.Row r, Context context, Problems problems) {
        int before = problems.list().size();
        Indicator indicator = context.indicators().get(r.get("indicator"));
        if (indicator == null) {
            problems.add(r.line(), "indicator", "indicator.unknown", r.get("indicator"));
        }
        Optional<ReportingEntity> entity = entity(r.get("entity"), context.organisation());
        if (entity.isEmpty()) {
            problems.add(r.line(), "entity", "entity.unknown", r.get("entity"));
        }
        Period period = null;
        try {
            period = Period.parse(r.get("period"));
        } catch (IllegalArgumentException e) {
            problems.add(r.line(), "period", "period.invalid", r.get("period"));
        }
        Breakdown breakdown = breakdown(r, indicator, context.dimensions(), problems);
        Nature nature = null;
        try {
            nature = Nature.parse(r.get("nature"));
        } catch (IllegalArgumentException e) {
            problems.add(r.line(), "nature", "enum.invalid", r.get("nature"), Codes.allowed(Nature.class));
        }
        FactStatus status = null;
        try {
            status = FactStatus.parse(r.get("status"));
        } catch (IllegalArgumentException e) {
            problems.add(r.line(), "status", "enum.invalid", r.get("status"), Codes.allowed(FactStatus.class));
        }
        FactValue value = indicator == null ? null : value(r, indicator, context.units(), problems);
        if (problems.list().size() != before) {
            return Optional.empty();
        }
        FactKey key = new FactKey(indicator.code(), entity.get().code(), period, breakdown, nature);
        return Optional.of(new Entry(key, value, status, r.get("source"), r.get("note"), r.line()));
    }

    /** An entity by code, or by its Chinese or English name or an alias, as people write it; never a guess. */
    private static Optional<ReportingEntity> entity(String text, OrganisationTree organisation) {
        Optional<ReportingEntity> byCode = organisation.entity(text);
        if (byCode.isPresent()) {
            return byCode;
        }
        List<ReportingEntity> byName = organisation.entities().stream()
                .filter(e -> e.answersTo(text)).toList();
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }

    private static Breakdown breakdown(CsvTable.Row r, Indicator indicator, Map<String, Dimension> dimensions,
                                       Problems problems) {
        Breakdown breakdown;
        try {
            breakdown = Breakdown.parse(r.get("breakdown"));
        } catch (IllegalArgumentException e) {
            problems.add(r.line(), "breakdown", "breakdown.invalid", r.get("breakdown"));
            return Breakdown.TOTAL;
        }
        breakdown.members().forEach((dimension, member) -> {
            Dimension d = dimensions.get(dimension);
            if (d == null) {
                problems.add(r.line(), "breakdown", "dimension.unknown", dimension);
            } else if (indicator != null && !indicator.allows(dimension)) {
                problems.add(r.line(), "breakdown", "dimension.notAllowed", dimension, indicator.code(),
                        String.join(", ", indicator.dimensions()));
            } else if (d.member(member).isEmpty()) {
                problems.add(r.line(), "breakdown", "member.unknown", member, dimension);
            }
        });
        return breakdown;
    }

    private static FactValue value(CsvTable.Row r, Indicator indicator, UnitCatalogue units, Problems problems) {
        String text = r.get("value");
        String unitText = r.get("unit");
        if (text.isEmpty()) {
            problems.add(r.line(), "value", "value.missing");
            return null;
        }
        switch (indicator.valueType()) {
            case TEXT -> {
                return unitForbidden(r, unitText, problems) ? new FactValue.Text(text) : null;
            }
            case BOOLEAN -> {
                Boolean yes = switch (text.toLowerCase(Locale.ROOT)) {
                    case "yes", "true", "是", "y" -> true;
                    case "no", "false", "否", "n" -> false;
                    default -> null;
                };
                if (yes == null) {
                    problems.add(r.line(), "value", "boolean.invalid", text);
                    return null;
                }
                return unitForbidden(r, unitText, problems) ? new FactValue.Flag(yes) : null;
            }
            case DATE -> {
                try {
                    FactValue.Day day = new FactValue.Day(text);
                    return unitForbidden(r, unitText, problems) ? day : null;
                } catch (IllegalArgumentException e) {
                    problems.add(r.line(), "value", "date.invalid", text);
                    return null;
                }
            }
            default -> {
                if (!NUMBER.matcher(text).matches()) {
                    problems.add(r.line(), "value", "number.invalid", text, Codes.code(indicator.valueType()));
                    return null;
                }
                BigDecimal number = new BigDecimal(text.replace(",", ""));
                try {
                    var unit = unitText.isEmpty() ? units.unit(indicator.unit()).orElseThrow()
                            : units.resolve(unitText, indicator.unitGroup());
                    return new FactValue.Amount(new Quantity(number, unit));
                } catch (UnitException e) {
                    problems.add(r.line(), "unit", e.problem());
                    return null;
                }
            }
        }
    }

    private static boolean unitForbidden(CsvTable.Row r, String unitText, Problems problems) {
        if (!unitText.isEmpty()) {
            problems.add(r.line(), "unit", "unit.notAllowed", unitText);
            return false;
        }
        return true;
    }
}
