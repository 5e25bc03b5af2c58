package org.esgledger.app.fact;

import java.time.Instant;

import org.esgledger.engine.i18n.Bilingual;

/**
 * A stored fact as people and exports see it: the key, the exact value with its unit, its status
 * and where it came from.
 *
 * @param value      the exact value in plain notation (never rounded here)
 * @param unit       unit code, empty for text, yes/no and date values
 * @param sourceFile name of the loaded file, empty when entered by hand
 * @param sourceRow  row in that file (header = 1)
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
        String note) {
}
