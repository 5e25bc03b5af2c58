package org.esgledger.engine.formula;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.i18n.Message;

/**
 * Finds the references in a formula text and replaces each by a variable name of the same length
 * (so positions stay true). A reference starts with a lower-case letter; names starting with a
 * capital are functions and constants; a lower-case name followed by {@code (} is a function too.
 */
final class ReferenceScanner {

    record Scan(String rewritten, List<Reference> references, Map<String, Integer> variables) {
    }

    private final String indicator;
    private final String text;
    private final StringBuilder out;
    private final List<Reference> references = new ArrayList<>();
    private final Map<String, Integer> variables = new LinkedHashMap<>();
    /** Where the reference being read ends, as it is read. */
    private int end;

    private ReferenceScanner(String indicator, String text) {
        this.indicator = indicator;
        this.text = text;
        this.out = new StringBuilder(text.length());
    }

    static Scan scan(String indicator, String text) {
        return new ReferenceScanner(indicator, text).scan();
    }

    /** Numbers, functions, constants and operators are copied; each reference is replaced by its variable. */
    private Scan scan() {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                i = copy(i, number(text, i));
            } else if (c >= 'a' && c <= 'z') {
                int nameEnd = identifier(text, i);
                i = followedByParenthesis(text, nameEnd) ? copy(i, nameEnd) : reference(i);
            } else if (Character.isLetter(c) || c == '_') {
                i = copy(i, Math.max(identifier(text, i), i + 1));
            } else {
                i = copy(i, i + 1);
            }
        }
        return new Scan(out.toString(), references, variables);
    }

    private int copy(int from, int to) {
        out.append(text, from, to);
        return to;
    }

    /** A reference: {@code [printed:]name[dim=member,…][@prev[n]]}; replaced by a variable of the same length. */
    private int reference(int start) {
        end = identifier(text, start);
        String name = text.substring(start, end);
        boolean printed = name.equals("printed") && end < text.length() && text.charAt(end) == ':';
        if (printed) {
            name = printedName();
        }
        Breakdown breakdown = breakdown();
        int back = yearsBack();
        Reference ref = new Reference(name, breakdown, back, printed, start);
        int index = indexOf(references, ref);
        if (index < 0) {
            references.add(ref);
            index = references.size() - 1;
        }
        String variable = pad("v" + index, end - start);
        variables.put(variable, index);
        out.append(variable);
        return end;
    }

    /** The name after {@code printed:}. */
    private String printedName() {
        int nameStart = end + 1;
        if (nameStart >= text.length() || !(text.charAt(nameStart) >= 'a' && text.charAt(nameStart) <= 'z')) {
            throw new FormulaException(indicator, nameStart, Message.of("formula.reference", indicator, nameStart + 1, text));
        }
        end = identifier(text, nameStart);
        return text.substring(nameStart, end);
    }

    /** The breakdown in brackets after the name; the total when there is none. */
    private Breakdown breakdown() {
        if (end >= text.length() || text.charAt(end) != '[') {
            return Breakdown.TOTAL;
        }
        int close = text.indexOf(']', end);
        if (close < 0) {
            throw new FormulaException(indicator, end, Message.of("formula.reference", indicator, end + 1, text));
        }
        Breakdown breakdown = members(indicator, text, end + 1, close);
        end = close + 1;
        return breakdown;
    }

    /** The years back {@code @prev} or {@code @prevN} asks for (1 to 20); 0 for the reporting year. */
    private int yearsBack() {
        if (!text.startsWith("@prev", end)) {
            if (end < text.length() && text.charAt(end) == '@') {
                throw new FormulaException(indicator, end, Message.of("formula.period", indicator, end + 1, text));
            }
            return 0;
        }
        end += 5;
        int digits = end;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        int back = digits == end ? 1 : Integer.parseInt(text.substring(end, digits));
        if (back < 1 || back > 20) {
            throw new FormulaException(indicator, end, Message.of("formula.reference", indicator, end + 1, text));
        }
        end = digits;
        return back;
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
