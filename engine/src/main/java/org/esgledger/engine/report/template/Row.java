package org.esgledger.engine.report.template;

import java.util.Objects;

import org.esgledger.engine.i18n.Bilingual;

/** One figure of a table, chart or key-figures page: its reference and, optionally, a label that replaces the catalogue's name. */
public record Row(FigureRef ref, Bilingual label) {

    public Row {
        Objects.requireNonNull(ref, "ref");
        label = label == null ? Bilingual.of("", "") : label;
    }
}
