package org.esgledger.engine.report.template;

import java.util.Objects;

import org.esgledger.engine.i18n.Bilingual;

/** A column of a register table: the register's field (read as {@code key_zh} / {@code key_en}, or {@code key}) and its header. */
public record Column(String key, Bilingual header) {

    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(header, "header");
    }
}
