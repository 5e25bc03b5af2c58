package org.esgledger.engine.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.esgledger.engine.i18n.Bilingual;

/** A breakdown dimension (gender, age band, waste type, ...) and its allowed members. */
public record Dimension(String code, Bilingual name, List<Member> members) {

    public Dimension {
        Objects.requireNonNull(code, "code");
        members = List.copyOf(members);
    }

    public Optional<Member> member(String code) {
        return members.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /** A member of a dimension, e.g. {@code female} of {@code gender}. */
    public record Member(String code, Bilingual name) {
    }
}
