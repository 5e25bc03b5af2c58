package org.esgledger.engine.target;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.esgledger.engine.i18n.Bilingual;

/**
 * A target or objective as the report states it, with what is needed to evaluate it.
 *
 * @param indicator   the indicator whose value is the actual; empty when no indicator measures it
 *                    (qualitative targets, or metrics the catalogue does not hold yet)
 * @param unit        unit of {@code threshold}
 * @param per         an indicator to divide the actual by (domestic water per person: employees_total)
 * @param targetYear  the year the target is for, as stated ({@code 2024}, {@code 2025+}, {@code ongoing})
 * @param declared    the status the report declares (achieved, in_progress, planned, not_reported)
 * @param department  the department the target is set for (the quality KPIs); empty when it is the entity's own
 */
public record Target(String id, String entity, Bilingual subject, Bilingual text, String type, Optional<String> indicator,
                     Comparator comparator, Optional<BigDecimal> threshold, String unit, Optional<String> per, Basis basis,
                     String targetYear, String declared, String note, Bilingual department) {

    public Target {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(comparator, "comparator");
        unit = unit == null ? "" : unit;
        note = note == null ? "" : note;
        declared = declared == null ? "" : declared;
        department = department == null ? Bilingual.of("", "") : department;
    }

    /** A target that is the entity's own, set for no department. */
    public Target(String id, String entity, Bilingual subject, Bilingual text, String type, Optional<String> indicator,
                  Comparator comparator, Optional<BigDecimal> threshold, String unit, Optional<String> per, Basis basis,
                  String targetYear, String declared, String note) {
        this(id, entity, subject, text, type, indicator, comparator, threshold, unit, per, basis, targetYear, declared, note, null);
    }
}
