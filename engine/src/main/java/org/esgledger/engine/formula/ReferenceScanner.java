package org.esgledger.engine.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.i18n.Message;

/**
 * Finds the references in a formula text and replaces each by a variable name of the same length
 * (so positions stay true). A reference starts with a lower-case letter; names starting with a
 * capital are functions and constants; a lower-case name followed by {@code (} is a function too.
 */
final class ReferenceScanner {

    record Scan(String rewritten, List<Reference> references, java.util.Map<String, Integer> variables) {
    }

    private ReferenceScanner() {
    }

    static Scan scan(String indicator, String text) {
        StringBuilder out = new StringBuilder(text.length());
        List<Reference> references = new ArrayList<>();
        java.util.Map<String, Integer> variables = new java.util.LinkedHashMap<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int end = number(text, i);
                out.append(text, i, end);
                i = end;
            } else if (c >= 'a' && c <= 'z') {
                int start = i;
                int end = identifier(text, i);
                String name = text.substring(i, end);
                if (followedByParenthesis(text, end)) {
                    out.append(name);
                    i = end;
                    continue;
                }
                boolean printed = false;
                if (name.equals("printed") && end < text.length() && text.charAt(end) == ':') {
                    printed = true;
                    int nameStart = end + 1;
                    if (nameStart >= text.length() || !(text.charAt(nameStart) >= 'a' && text.charAt(nameStart) <= 'z')) {
                        throw new FormulaException(indicator, nameStart, Message.of("formula.reference", indicator, nameStart + 1, text));
                    }
                    end = identifier(text, nameStart);
                    name = text.substring(nameStart, end);
                }
                Breakdown breakdown = Breakdown.TOTAL;
                if (end < text.length() && text.charAt(end) == '[') {
                    int close = text.indexOf(']', end);
                    if (close < 0) {
                        throw new FormulaException(indicator, end, Message.of("formula.reference", indicator, end + 1, text));
                    }
                    breakdown = members(indicator, text, end + 1, close);
                    end = close + 1;
                }
                int back = 0;
                if (text.startsWith("@prev", end)) {
                    end += 5;
                    int digits = end;
                    while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
                        digits++;
                    }
                    back = digits == end ? 1 : Integer.parseInt(text.substring(end, digits));
                    if (back < 1 || back > 20) {
                        throw new FormulaException(indicator, end, Message.of("formula.reference", indicator, end + 1, text));
                    }
                    end = digits;
                } else if (end < text.length() && text.charAt(end) == '@') {
                    throw new FormulaException(indicator, end, Message.of("formula.period", indicator, end + 1, text));
                }
                Reference ref = new Reference(name, breakdown, back, printed, start);
                int index = indexOf(references, ref);
                if (index < 0) {
                    references.add(ref);
                    index = references.size() - 1;
                }
                String variable = pad("v" + index, end - start);
                variables.put(variable, index);
                out.append(variable);
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = identifier(text, i);
                out.append(text, i, Math.max(end, i + 1));
                i = Math.max(end, i + 1);
            } else {
                out.append(c);
                i++;
            }
        }
        return new Scan(out.toString(), references, variables);
    }

    private static int indexOf(List<Reference> references, Reference ref) {
        for (int k = 0; k < references.size(); k++) {
            if (references.get(k).sameValueAs(ref)) {
                return k;
            }
        }
        return -1;
    }

    /** The variable padded with underscores to the reference's length; never shorter than the name itself. */
    private static String pad(String variable, int length) {
        StringBuilder s = new StringBuilder(variable);
        while (s.length() < length) {
            s.append('_');
        }
        return s.toString();
    }

    private static Breakdown members(String indicator, String text, int from, int to) {
        TreeMap<String, String> members = new TreeMap<>();
        for (String part : text.substring(from, to).split(",")) {
            String[] kv = part.split("=", -1);
            if (kv.length != 2 || !kv[0].strip().matches("[a-z][a-z0-9_]*") || !kv[1].strip().matches("[a-z0-9][a-z0-9_]*")) {
                throw new FormulaException(indicator, from, Message.of("formula.breakdown", indicator, from + 1, text));
            }
            if (members.put(kv[0].strip(), kv[1].strip()) != null) {
                throw new FormulaException(indicator, from, Message.of("formula.breakdown", indicator, from + 1, text));
            }
        }
        return Breakdown.of(members);
    }

    private static int identifier(String text, int from) {
        int end = from;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')
                && text.charAt(end) < 128) {
            end++;
        }
        return end;
    }

    private static int number(String text, int from) {
        int end = from;
        while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
        }
        if (end + 1 < text.length() && (text.charAt(end) == 'e' || text.charAt(end) == 'E')
                && (Character.isDigit(text.charAt(end + 1)) || text.charAt(end + 1) == '-' || text.charAt(end + 1) == '+')) {
            end += 2;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
        }
        return end;
    }

    private static boolean followedByParenthesis(String text, int from) {
        int k = from;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() && text.charAt(k) == '(';
    }
}
