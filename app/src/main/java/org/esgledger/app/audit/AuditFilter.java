package org.esgledger.app.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Which events the audit log lists (the web application's {@code /audit}): by user (the actor, for a refusal the name claimed),
 * action code, subject (its id, or kind and id: {@code batch 12}), entity touched, and days from and to (inclusive, in the
 * server's time zone, as {@code esg audit --since}); a year is its first to its last day, narrowed by from and to.
 */
public record AuditFilter(Optional<String> user, Optional<String> action, Optional<String> subject, Optional<String> entity,
                          Optional<LocalDate> from, Optional<LocalDate> to, Optional<Integer> year) {

    public static final AuditFilter ALL = new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public AuditFilter {
        user = blankless(user);
        action = blankless(action);
        subject = blankless(subject);
        entity = blankless(entity);
    }

    private static Optional<String> blankless(Optional<String> text) {
        return text.map(String::strip).filter(t -> !t.isEmpty());
    }

    /** The first day listed: the later of {@code from} and the year's first day. */
    public Optional<LocalDate> firstDay() {
        Optional<LocalDate> ofYear = year.map(y -> LocalDate.of(y, 1, 1));
        return from.isPresent() && ofYear.isPresent() ? Optional.of(max(from.get(), ofYear.get())) : from.or(() -> ofYear);
    }

    /** The last day listed: the earlier of {@code to} and the year's last day. */
    public Optional<LocalDate> lastDay() {
        Optional<LocalDate> ofYear = year.map(y -> LocalDate.of(y, 12, 31));
        return to.isPresent() && ofYear.isPresent() ? Optional.of(min(to.get(), ofYear.get())) : to.or(() -> ofYear);
    }

    /** The zone the days are read in. */
    public static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
