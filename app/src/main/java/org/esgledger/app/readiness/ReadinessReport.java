package org.esgledger.app.readiness;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.esgledger.app.period.PeriodLock;
import java.util.Optional;

import org.esgledger.app.ledger.LedgerCoverage;
import org.esgledger.engine.check.Severity;
import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.i18n.Bilingual;

/**
 * What a workspace holds for a fiscal year and what the year's report still needs (docs/readiness.md).
 *
 * @param facts          stored facts of the year by review status (every status, zero included)
 * @param computedValues values the year's current snapshot computes (formulas and roll-ups), not stored facts
 * @param findings       the current snapshot's findings by severity (every severity, zero included); empty without a snapshot
 * @param lock           the year's period lock, when it is locked
 */
public record ReadinessReport(int year, Entities entities, List<LedgerCoverage> ledgers, Map<FactStatus, Long> facts, long computedValues,
                              Figures figures, Optional<Snapshot> snapshot, Map<Severity, Long> findings, Optional<PeriodLock> lock) {

    public ReadinessReport {
        ledgers = List.copyOf(ledgers);
        facts = Map.copyOf(facts);
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(snapshot, "snapshot");
        findings = Map.copyOf(findings);
        Objects.requireNonNull(lock, "lock");
    }

    /** The reporting entities: how many, and how many levels the tree has (0 without entities). */
    public record Entities(int count, int levels) {
    }

    /** The year's current snapshot: id, when and by whom computed, and whether (when, by whom) frozen. */
    public record Snapshot(long id, Instant computedAt, String computedBy, boolean frozen, Optional<Instant> frozenAt, String frozenBy) {
    }

    /**
     * The figures of the report template for the year.
     *
     * @param template where the template comes from: the workspace's file, or the starter template
     * @param total    figure references, once per section
     * @param toWrite  narrative blocks still to be written
     * @param open     the figures without a value or resting only on draft values, in template order
     * @param chapters per chapter (template order): figures, without value, only draft, backed by approved values
     * @param entities per entity the figures are of (organisation order): figures, backed by approved values
     */
    public record Figures(String template, int total, int toWrite, List<Figure> open, List<Chapter> chapters, List<EntityShare> entities) {
        public Figures {
            open = List.copyOf(open);
            chapters = List.copyOf(chapters);
            entities = List.copyOf(entities);
        }

        /** Without the per-entity shares. */
        public Figures(String template, int total, int toWrite, List<Figure> open, List<Chapter> chapters) {
            this(template, total, toWrite, open, chapters, List.of());
        }

        public long missing() {
            return open.stream().filter(f -> f.state() == FigureState.MISSING).count();
        }

        public long draft() {
            return open.stream().filter(f -> f.state() == FigureState.DRAFT).count();
        }
    }

    /** A template figure that is not ready: its reference, where it is printed, and why. */
    public record Figure(String ref, String chapter, String section, FigureState state) {
    }

    /** Why a figure is not ready. */
    public enum FigureState {
        /** No value: the edition prints the missing marker. */
        MISSING,
        /** A value, but every stored fact it rests on is a draft (not yet submitted or approved). */
        DRAFT
    }

    /**
     * A chapter's figures (the chapter by id and title): how many, how many without value, how many resting only on drafts,
     * how many backed by approved values.
     */
    public record Chapter(String id, Bilingual title, int figures, int missing, int draft, int approved) {

        /** The share backed by approved values, in whole percent (rounded down; 0 without figures). */
        public int approvedPercent() {
            return percent(approved, figures);
        }
    }

    /**
     * The template's figures of one entity (the entity a figure's value is of; the report's own entity for a reference naming
     * none): how many, how many backed by approved values (every stored fact they rest on approved or locked).
     */
    public record EntityShare(String entity, Bilingual name, int figures, int approved) {

        public int approvedPercent() {
            return percent(approved, figures);
        }
    }

    static int percent(int part, int whole) {
        return whole == 0 ? 0 : part * 100 / whole;
    }
}
