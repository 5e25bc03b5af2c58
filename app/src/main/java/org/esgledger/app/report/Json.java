package org.esgledger.app.report;

import java.util.List;
import java.util.Map;

/**
 * The application's one JSON writer, for the data pack and the command line's JSON output: objects
 * keep their key order; strings are escaped per RFC 8259; numbers are written as given. Two
 * layouts: {@link #write} puts every member on a line of its own (the data pack), {@link #rows}
 * one object per line (a table's rows).
 */
public final class Json {

    private Json() {
    }

    /** A number written as it is given (already a valid JSON number literal, such as an exact decimal). */
    public record NumberLiteral(String literal) {
    }

    /** A value (map, list, string, boolean, integer, {@link NumberLiteral} or null) with each member and element on its own line, two spaces deep. */
    public static String write(Object value) {
        StringBuilder s = new StringBuilder();
        write(s, value, 0);
        return s.append('\n').toString();
    }

    /** Rows of named values as an array of objects, one object per line: {@code [\n  {"a": 1, "b": "x"},\n  …\n]\n}. */
    public static String rows(List<? extends Map<String, ?>> rows) {
        StringBuilder s = new StringBuilder("[\n");
        for (int r = 0; r < rows.size(); r++) {
            s.append("  ");
            inline(s, rows.get(r));
            s.append(r == rows.size() - 1 ? "" : ",").append('\n');
        }
        return s.append("]\n").toString();
    }

    private static void write(StringBuilder s, Object v, int depth) {
        if (v instanceof Map<?, ?> map) {
            s.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                s.append(first ? "" : ",").append('\n').append("  ".repeat(depth + 1)).append(quote(e.getKey().toString())).append(": ");
                write(s, e.getValue(), depth + 1);
                first = false;
            }
            s.append(first ? "" : "\n" + "  ".repeat(depth)).append('}');
        } else if (v instanceof List<?> list) {
            s.append('[');
            boolean first = true;
            for (Object o : list) {
                s.append(first ? "" : ",").append('\n').append("  ".repeat(depth + 1));
                write(s, o, depth + 1);
                first = false;
            }
            s.append(first ? "" : "\n" + "  ".repeat(depth)).append(']');
        } else {
            scalar(s, v);
        }
    }

    /** A value on one line: {@code {"a": 1, "b": [1, 2]}}. */
    private static void inline(StringBuilder s, Object v) {
        if (v instanceof Map<?, ?> map) {
            s.append('{');
            String sep = "";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                s.append(sep).append(quote(e.getKey().toString())).append(": ");
                inline(s, e.getValue());
                sep = ", ";
            }
            s.append('}');
        } else if (v instanceof List<?> list) {
            s.append('[');
            String sep = "";
            for (Object o : list) {
                s.append(sep);
                inline(s, o);
                sep = ", ";
            }
            s.append(']');
        } else {
            scalar(s, v);
        }
    }

    private static void scalar(StringBuilder s, Object v) {
        if (v == null) {
            s.append("null");
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            s.append(v);
        } else if (v instanceof NumberLiteral n) {
            s.append(n.literal());
        } else {
            s.append(quote(v.toString()));
        }
    }

    /** A JSON string literal, escaped per RFC 8259. */
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
