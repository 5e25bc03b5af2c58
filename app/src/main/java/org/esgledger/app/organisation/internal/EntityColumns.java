package org.esgledger.app.organisation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.organisation.ReportingEntity;

/** An entity as the columns of an organisation file write it (docs/formats/entities.md), the note aside. */
public final class EntityColumns {

    /** The columns, in the order the export writes them. */
    public static final List<String> ORDER = List.of("code", "parent", "kind", "name_zh", "name_en", "in_boundary", "country", "province",
            "ownership_share", "aliases", "note");

    private EntityColumns() {
    }

    /** Every column but the note, as the file's text. */
    public static Map<String, String> of(ReportingEntity e) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("code", e.code());
        cells.put("parent", e.parent().orElse(""));
        cells.put("kind", Codes.code(e.kind()));
        cells.put("name_zh", e.name().zh());
        cells.put("name_en", e.name().en());
        cells.put("in_boundary", e.inBoundary() ? "yes" : "no");
        cells.put("country", e.country());
        cells.put("province", e.province());
        cells.put("ownership_share", e.ownershipShare().stripTrailingZeros().toPlainString());
        cells.put("aliases", String.join(";", e.aliases()));
        return cells;
    }
}
