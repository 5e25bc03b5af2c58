package org.esgledger.app.workspace;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks database credentials in any text we print or log: the password in a URL's user part
 * ({@code postgresql://esg:SECRET@host}), {@code password=SECRET} parameters
 * ({@code jdbc:postgresql://host/db?user=esg&password=SECRET}), and the configured password itself
 * ({@code ESG_DB_PASSWORD}, {@code esg.db.password}, or the password inside {@code ESG_DB_URL})
 * wherever it appears verbatim.
 */
public final class Credentials {

    public static final String MASK = "***";

    /** A password shorter than this is masked in URLs and parameters only: masking every "abc" would garble the text. */
    static final int MIN_VERBATIM = 4;

    private static final Pattern USER_INFO = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://[^:/?#@\\s]*):([^@/?#\\s]*)@");
    private static final Pattern PARAMETER = Pattern.compile(
            "(?i)((?:password|passwd|pwd)[\"']?\\s*[=:]\\s*[\"']?)([^&;,\\s\"']+)");
    private static final Set<String> remembered = new CopyOnWriteArraySet<>();

    private Credentials() {
    }

    /** The store's URL and password as configured (from any property source), masked from now on. */
    public static void remember(String url, String password) {
        if (password != null && !password.isBlank()) {
            remembered.add(password);
        }
        remembered.addAll(passwordsIn(url));
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String secret : secrets()) {
            masked = masked.replace(secret, MASK);
        }
        masked = USER_INFO.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + ":" + MASK + "@"));
        return PARAMETER.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    }

    /** The configured passwords, longest first (so that one inside another is masked whole). */
    private static Set<String> secrets() {
        Set<String> all = new LinkedHashSet<>(remembered);
        setting("ESG_DB_PASSWORD", "esg.db.password").ifPresent(all::add);
        setting("ESG_DB_URL", "esg.db.url").ifPresent(url -> all.addAll(passwordsIn(url)));
        all.removeIf(s -> s.length() < MIN_VERBATIM || s.equals(MASK));
        Set<String> sorted = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
        sorted.addAll(all);
        return sorted;
    }

    private static Set<String> passwordsIn(String url) {
        Set<String> found = new LinkedHashSet<>();
        if (url != null) {
            Matcher user = USER_INFO.matcher(url);
            while (user.find()) {
                found.add(user.group(2));
            }
            Matcher parameter = PARAMETER.matcher(url);
            while (parameter.find()) {
                found.add(parameter.group(2));
            }
        }
        return found;
    }

    private static Optional<String> setting(String environment, String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
