package org.esgledger.app.audit.internal;

import java.util.Map;
import java.util.TreeMap;

/** A flat JSON object with its keys sorted and every value a string: the canonical form of an event's before and after. */
public final class JsonObject {

    private JsonObject() {
    }

    public static String of(Map<String, ?> fields) {
        StringBuilder s = new StringBuilder("{");
        new TreeMap<>(fields).forEach((k, v) -> {
            if (s.length() > 1) {
                s.append(',');
            }
            quote(s, k);
            s.append(':');
            quote(s, v == null ? "" : v.toString());
        });
        return s.append('}').toString();
    }

    private static void quote(StringBuilder s, String text) {
        s.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        s.append('"');
    }
}
