package org.esgledger.app.report;

import java.util.List;
import java.util.Map;

/** A small JSON writer (data pack; its string escaping serves the command line's JSON output too): objects keep their key order; strings are escaped per RFC 8259; numbers are written as given. */
public final class Json {

    private Json() {
    }

    /** A raw JSON number (already a valid number literal). */
    record Number(String literal) {
    }

    static String write(Object value) {
        StringBuilder s = new StringBuilder();
        write(s, value, 0);
        return s.append('\n').toString();
    }

    private static void write(StringBuilder s, Object v, int depth) {
        if (v == null) {
            s.append("null");
        } else if (v instanceof Boolean) {
            s.append(v);
        } else if (v instanceof Number) {
            s.append(((Number) v).literal());
        } else if (v instanceof Integer || v instanceof Long) {
            s.append(v);
        } else if (v instanceof Map) {
            s.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                s.append(first ? "" : ",").append('\n').append("  ".repeat(depth + 1));
                string(s, e.getKey().toString());
                s.append(": ");
                write(s, e.getValue(), depth + 1);
                first = false;
            }
            s.append(first ? "" : "\n" + "  ".repeat(depth)).append('}');
        } else if (v instanceof List) {
            s.append('[');
            boolean first = true;
            for (Object o : (List<?>) v) {
                s.append(first ? "" : ",").append('\n').append("  ".repeat(depth + 1));
                write(s, o, depth + 1);
                first = false;
            }
            s.append(first ? "" : "\n" + "  ".repeat(depth)).append(']');
        } else {
            string(s, v.toString());
        }
    }

    private static void string(StringBuilder s, String text) {
        s.append(quote(text));
    }

    /** A JSON string literal, escaped per RFC 8259 (also used by the command line's JSON output). */
    public static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
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
        return s.append('"').toString();
    }
}
