package org.esgledger.app.fact;

import java.time.Instant;
import java.util.Optional;

import org.esgledger.engine.i18n.Bilingual;

/**
 * A stored fact as people and exports see it: the key, the exact value with its unit, its status
 * and where it came from.
 *
 * @param value      the exact value in plain notation (never rounded here)
 * @param unit       unit code, empty for text, yes/no and date values
 * @param sourceFile name of the loaded file, empty when entered by hand
 * @param sourceRow  row in that file (header = 1)
 * @param notAvailable why a value computed from ledger rows could not be computed (its value is then
 *                   empty and its note says so); empty for every other fact
 */
public record FactView(
        String id,
        String indicator,
        Bilingual indicatorName,
        String entity,
        Bilingual entityName,
        String period,
        int fiscalYear,
        String breakdown,
        String nature,
        String value,
        String unit,
        Bilingual unitName,
        String status,
        String origin,
        String source,
        String sourceFile,
        String sourceSha256,
        int sourceRow,
        String enteredBy,
        Instant enteredAt,
        String approvedBy,
        String note,
        Optional<Bilingual> notAvailable) {

    public FactView {
        notAvailable = notAvailable == null ? Optional.empty() : notAvailable;
    }

    /** A fact with a value (or one the calculation computes, whose reason is in its note). */
    public FactView(String id, String indicator, Bilingual indicatorName, String entity, Bilingual entityName, String period,
                    int fiscalYear, String breakdown, String nature, String value, String unit, Bilingual unitName, String status,
                    String origin, String source, String sourceFile, String sourceSha256, int sourceRow, String enteredBy,
                    Instant enteredAt, String approvedBy, String note) {
        this(id, indicator, indicatorName, entity, entityName, period, fiscalYear, breakdown, nature, value, unit, unitName, status,
                origin, source, sourceFile, sourceSha256, sourceRow, enteredBy, enteredAt, approvedBy, note, Optional.empty());
    }
}
