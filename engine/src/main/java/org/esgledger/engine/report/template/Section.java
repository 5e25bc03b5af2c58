package org.esgledger.engine.report.template;

import java.util.List;
import java.util.Objects;

import org.esgledger.engine.i18n.Bilingual;

/**
 * A chapter, section or sub-section of a report template: its title in both languages, the
 * framework disclosures it answers (GRI codes such as {@code 2-1}, Guideline No. 17 article numbers
 * such as {@code 51}), which the content index is generated from, whether the index lists it even
 * without disclosures (sections do by default, chapters and sub-sections do not), its components,
 * and its sub-sections.
 */
public record Section(String id, Bilingual title, List<String> gri, List<Integer> szse, boolean listed, List<Component> components,
                      List<Section> children) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        gri = List.copyOf(gri);
        szse = List.copyOf(szse);
        components = List.copyOf(components);
        children = List.copyOf(children);
    }

    /** Whether this section is listed in the content index: it is marked so, or it names at least one disclosure. */
    public boolean indexed() {
        return listed || !gri.isEmpty() || !szse.isEmpty();
    }
}
