package org.esgledger.engine.catalogue;

import java.util.Objects;

/** A reference to a framework item, written {@code GRI:401-1} or {@code SZSE:Art.50}. */
public record FrameworkRef(Framework framework, String code) {

    public FrameworkRef {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(code, "code");
    }

    public static FrameworkRef parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not FRAMEWORK:CODE (e.g. GRI:401-1)");
        }
        return new FrameworkRef(Framework.parse(text.substring(0, colon)), text.substring(colon + 1).strip());
    }

    @Override
    public String toString() {
        return framework.name() + ":" + code;
    }
}
