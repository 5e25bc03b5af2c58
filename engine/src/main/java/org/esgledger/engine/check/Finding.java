package org.esgledger.engine.check;

import java.util.List;
import java.util.Objects;

import org.esgledger.engine.i18n.Message;

/**
 * What a consistency rule found: which rule, how serious, about which figures, in words (zh and
 * en through {@link #message()}).
 *
 * @param rule    the rule's id ({@code parts-sum}, {@code printed-vs-computed}, or a configured id)
 * @param subject the data point or rule instance it is about, e.g. {@code employees_total@group@2024[gender]}
 */
public record Finding(String rule, Severity severity, String subject, Message message, List<Figure> figures) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        figures = List.copyOf(figures);
    }

    /** True if the finding is more than information: something disagrees. */
    public boolean isProblem() {
        return severity.isProblem();
    }
}
