package org.esgledger.engine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Narrative text with fact references, e.g. {@code 截至报告期末，公司共有员工{{employees_total@2024}}} or
 * {@code {{hazardous_waste_quantity@tangxia@2024}}}: {@code indicator@period} (the report's entity) or
 * {@code indicator@entity@period}, optionally with {@code [dimension=member]}. No number is typed
 * into a template: every figure is a reference, formatted for the edition's language. A reference
 * without a value renders as a visible marker (数据缺失 / data not available) and is listed.
 */
public final class Narrative {

    static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*([a-z][a-z0-9_]*)@(?:([a-z][a-z0-9_]*)@)?([0-9]{4}(?:-[0-9]{2}|\\.\\.[0-9]{4})?)"
            + "(\\[[a-z0-9_=;,]+\\])?\\s*}}");

    /** A reference as written: indicator, entity (empty: the report's entity), period, breakdown code. */
    public record Reference(String text, String indicator, String entity, String period, String breakdown) {
    }

    /** The rendered text and the references that had no value. */
    public record Rendered(String text, List<Reference> missing, List<Reference> used) {
    }

    private Narrative() {
    }

    /**
     * @param lookup the formatted figure of a reference (entity already resolved), empty when not available
     */
    public static Rendered render(String template, String reportEntity, Language language, Function<Reference, Optional<String>> lookup) {
        Matcher m = REFERENCE.matcher(template);
        StringBuilder out = new StringBuilder();
        List<Reference> missing = new ArrayList<>();
        List<Reference> used = new ArrayList<>();
        while (m.find()) {
            String breakdown = m.group(4) == null ? "" : m.group(4).substring(1, m.group(4).length() - 1).replace(',', ';');
            Reference r = new Reference(m.group(), m.group(1), m.group(2) == null ? reportEntity : m.group(2), m.group(3), breakdown);
            Optional<String> value = lookup.apply(r);
            used.add(r);
            if (value.isEmpty()) {
                missing.add(r);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.orElse(language == Language.ZH ? "【数据缺失】" : "[data not available]")));
        }
        m.appendTail(out);
        return new Rendered(out.toString(), missing, used);
    }
}
