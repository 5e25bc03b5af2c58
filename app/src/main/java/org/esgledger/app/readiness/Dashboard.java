package org.esgledger.app.readiness;

import java.util.List;
import java.util.Optional;

import org.esgledger.app.audit.AuditEvent;
import org.esgledger.engine.check.Severity;
import org.esgledger.engine.i18n.Bilingual;

/**
 * The dashboard of a fiscal year for one reader: the readiness they may see, what waits for them, the consistency findings and key
 * figures of the group (an admin, a manager or an auditor; empty for others) and the last changes they may read.
 *
 * @param findingsTotal how many findings the snapshot has ({@code findings} holds the first of them)
 */
public record Dashboard(ReadinessReport readiness, Waiting waiting, List<FindingLink> findings, int findingsTotal,
                        List<KeyFigure> keyFigures, List<AuditEvent> recent) {

    public Dashboard {
        findings = List.copyOf(findings);
        keyFigures = List.copyOf(keyFigures);
        recent = List.copyOf(recent);
    }

    /** A consistency finding with the figure it names, when its subject is a value of the snapshot ({@code factId}, else empty). */
    public record FindingLink(String rule, Severity severity, String subject, Bilingual message, Optional<String> factId) {
    }

    /**
     * A key figure of the group over the years with a snapshot (up to three, the year last), with the engine's bar chart as an
     * SVG {@code data:} address per language and a text alternative.
     *
     * @param factId the year's value, for its page in the figure explorer
     */
    public record KeyFigure(String indicator, Bilingual name, String unit, String factId, String disclosed, Bilingual chart,
                            Bilingual description) {
    }
}
