package org.esgledger.app.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File sizes as people write and read them: {@code 25MB}, {@code 500 KiB}, {@code 1GB}. K, M and G are binary multiples
 * (1 MB = 1 MiB = 1,048,576 bytes), written with or without {@code B} or {@code iB}; a plain number is bytes.
 */
public final class Sizes {

    private static final Pattern SIZE = Pattern.compile("([0-9]{1,13})\\s*(|B|K|KB|KIB|M|MB|MIB|G|GB|GIB)");
    private static final long KIB = 1024;

    private Sizes() {
    }

    /** The number of bytes written, or empty when it is not a size. */
    public static Optional<Long> parse(String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2);
        long factor = unit.startsWith("G") ? KIB * KIB * KIB : unit.startsWith("M") ? KIB * KIB : unit.startsWith("K") ? KIB : 1;
        return n > Long.MAX_VALUE / factor ? Optional.empty() : Optional.of(n * factor);
    }

    /** {@code 25 MiB}, {@code 1.5 KiB}, {@code 312 bytes}: the largest unit that leaves at least 1, one decimal at most. */
    public static String describe(long bytes) {
        if (bytes < KIB) {
            return bytes + " bytes";
        }
        String[] units = {"KiB", "MiB", "GiB"};
        long factor = KIB;
        int i = 0;
        while (i < units.length - 1 && bytes >= factor * KIB) {
            factor *= KIB;
            i++;
        }
        BigDecimal v = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(factor), 1, RoundingMode.HALF_UP).stripTrailingZeros();
        return v.toPlainString() + " " + units[i];
    }
}
