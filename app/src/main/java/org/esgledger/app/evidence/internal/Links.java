package org.esgledger.app.evidence.internal;

import java.util.List;
import java.util.Optional;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.evidence.Reference;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.ledger.Ledgers;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds what a reference names: a stored fact, a ledger batch (in force or superseded), an accepted row of a batch; and
 * refuses, recorded, a reference that names nothing.
 */
@Component
public class Links {

    private final JdbcClient jdbc;
    private final Ledgers ledgers;
    private final Changes changes;

    Links(JdbcClient jdbc, Ledgers ledgers, Changes changes) {
        this.jdbc = jdbc;
        this.ledgers = ledgers;
        this.changes = changes;
    }

    /** What the reference names; refused (recorded in the audit trail, thrown in zh and en) when it names nothing. */
    public Linked require(Actor by, Action action, Reference r) {
        Optional<Linked> found = find(r);
        if (found.isPresent()) {
            return found.get();
        }
        Message why = why(r);
        changes.refused(by.name(), action, new Linked(r, Area.WORKSPACE, List.of(), Optional.empty()).subject(), why);
        throw new EsgException(why);
    }

    public Optional<Linked> find(Reference r) {
        if (r instanceof Reference.Fact f) {
            return jdbc.sql("select f.entity_code, p.fiscal_year from fact f join period p on p.code = f.period_code where f.id = ?")
                    .param(f.id())
                    .query((rs, n) -> new Linked(r, Area.entity(rs.getString(1)), List.of(rs.getString(1)), Optional.of(rs.getInt(2))))
                    .optional();
        }
        long batch = r instanceof Reference.Batch b ? b.id() : ((Reference.Row) r).batch();
        Optional<String> kind = kind(batch);
        if (kind.isEmpty() || r instanceof Reference.Row w && !ledgers.hasRow(kind.get(), w.batch(), w.row())) {
            return Optional.empty();
        }
        return Optional.of(new Linked(r, Area.ledger(kind.get()), List.of(), Optional.empty()));
    }

    private Message why(Reference r) {
        if (r instanceof Reference.Fact f) {
            return AppMessages.of("evidence.unknownFact", f.id());
        }
        if (r instanceof Reference.Row w && kind(w.batch()).isPresent()) {
            return AppMessages.of("evidence.unknownRow", String.valueOf(w.batch()), String.valueOf(w.row()));
        }
        return AppMessages.of("evidence.unknownBatch", r.subjectId().replaceAll("/.*", ""));
    }

    private Optional<String> kind(long batch) {
        return jdbc.sql("select kind from ledger_batch where id = ?").param(batch).query(String.class).optional();
    }
}
