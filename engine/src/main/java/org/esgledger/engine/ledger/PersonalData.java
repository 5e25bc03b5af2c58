package org.esgledger.engine.ledger;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises values that look like personal data a sustainability disclosure never needs: mainland
 * resident identity-card numbers (18 characters, the last a digit or X; the older 15 digits) and
 * mobile phone numbers (11 digits from 13 to 19, with or without +86 and separators). Such values
 * are masked wherever ESG Ledger keeps or prints text that came from a file it did not accept:
 * the first two and the last two characters stay, so that a person can still find the row.
 *
 * <p>The patterns look at runs of digits that stand alone (not inside a longer number or a word),
 * so an amount like {@code 1,380,012,345} or a date is not taken for a phone number. An 11-digit
 * quantity typed without separators that starts with 13–19 is, on purpose: privacy comes first,
 * and the cell is then refused with a reason that says why.
 */
public final class PersonalData {

    private static final String EDGE_BEFORE = "(?<![0-9A-Za-z])";
    private static final String EDGE_AFTER = "(?![0-9A-Za-z])";
    private static final Pattern ID_CARD = Pattern.compile(EDGE_BEFORE + "(\\d{17}[0-9Xx]|\\d{15})" + EDGE_AFTER);
    private static final Pattern MOBILE = Pattern.compile(EDGE_BEFORE
            + "((?:\\+?86[ -]?)?1[3-9]\\d(?:[ -]?\\d{4}){2})" + EDGE_AFTER);

    /** What a value was recognised as. */
    public enum Kind {
        IDENTITY_CARD, MOBILE_PHONE
    }

    private PersonalData() {
    }

    /** What the text holds that looks like personal data, if anything (identity cards first). */
    public static Optional<Kind> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (ID_CARD.matcher(text).find()) {
            return Optional.of(Kind.IDENTITY_CARD);
        }
        if (MOBILE.matcher(text).find()) {
            return Optional.of(Kind.MOBILE_PHONE);
        }
        return Optional.empty();
    }

    /** The text with every identity-card and mobile number in it masked: {@code 44**************1X}. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return maskAll(MOBILE, maskAll(ID_CARD, text));
    }

    private static String maskAll(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            String value = m.group(1);
            StringBuilder masked = new StringBuilder(value.length());
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                boolean keep = i < 2 || i >= value.length() - 2 || !Character.isLetterOrDigit(c);
                masked.append(keep ? c : '*');
            }
            m.appendReplacement(out, Matcher.quoteReplacement(masked.toString()));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
