package org.esgledger.engine.catalogue;

import java.util.Objects;

import org.esgledger.engine.i18n.Bilingual;

/**
 * One referenceable item of a framework (an SZSE article, a GRI disclosure, an SDG), with how well
 * its reference data was verified ({@code yes}, {@code partial}, {@code no}, {@code derived},
 * {@code editorial}, as in the reference data's README).
 */
public record FrameworkItem(Framework framework, String code, String kind, Bilingual title, String verified, String source) {

    public FrameworkItem {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(code, "code");
    }

    public FrameworkRef ref() {
        return new FrameworkRef(framework, code);
    }
}
