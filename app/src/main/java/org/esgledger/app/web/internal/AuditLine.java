package org.esgledger.app.web.internal;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.AuditFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An event as the audit log shows it: the event, when (in the server's time zone, with its offset), the label key of its action ({@code web.audit.action.load}), and the page of
 * its subject when it has one (a stored fact, a ledger batch or one of its rows; null otherwise).
 */
record AuditLine(AuditEvent event, String when, String actionKey, String link) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    static AuditLine of(AuditEvent e) {
        return new AuditLine(e, WHEN.format(e.at().atZone(AuditFilter.zone())), "web.audit.action." + e.action(),
                link(e.subjectKind(), e.subjectId()).orElse(null));
    }

    static Optional<String> link(String kind, String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        String path = switch (kind) {
            case "fact" -> "/facts/{id}";
            case "batch" -> id.matches("[0-9]{1,18}") ? "/ledgers/{id}" : null;
            case "row" -> id.matches("[0-9]{1,18}/[0-9]{1,9}") ? "/ledgers/{id}" : null;
            default -> null;
        };
        if (path == null) {
            return Optional.empty();
        }
        String target = "row".equals(kind) ? id.substring(0, id.indexOf('/')) : id;
        return Optional.of(UriComponentsBuilder.fromPath(path).buildAndExpand(target).encode().toUriString());
    }

    /** The filter as a query string (for the CSV link and the next page), encoded. */
    static String query(AuditFilter f) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        f.user().ifPresent(v -> b.queryParam("user", v));
        f.action().ifPresent(v -> b.queryParam("action", v));
        f.subject().ifPresent(v -> b.queryParam("subject", v));
        f.entity().ifPresent(v -> b.queryParam("entity", v));
        f.from().ifPresent(v -> b.queryParam("from", v));
        f.to().ifPresent(v -> b.queryParam("to", v));
        f.year().ifPresent(v -> b.queryParam("year", v));
        String q = b.encode().build().toUriString();
        return q.startsWith("?") ? q.substring(1) : q;
    }
}
