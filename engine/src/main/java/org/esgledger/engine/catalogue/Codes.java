package org.esgledger.engine.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses enum codes written in files: case-insensitive, {@code end-of-period} = {@code END_OF_PERIOD}. */
public final class Codes {

    private Codes() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(key)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of " + allowed(type));
    }

    public static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::code).collect(Collectors.joining(", "));
    }

    /** The form written in files and output: lower case with underscores. */
    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
