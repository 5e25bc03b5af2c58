package org.esgledger.app.evidence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.i18n.EsgException;

/**
 * What evidence and comments are linked to (docs/cli.md, {@code esg attach REF}): a stored fact, named as {@code esg submit}
 * and {@code esg explain} name it (its id, {@code F} + 16 hex digits, or {@code indicator@entity@period[dimension=member]}),
 * a ledger batch ({@code batch:ID}, as {@code esg approve --batch} takes it) or one accepted row of a batch
 * ({@code row:BATCH/ROW}, the row number in the imported file).
 */
public sealed interface Reference {

    /** A stored fact, by id. */
    record Fact(String id) implements Reference {
    }

    /** A ledger batch. */
    record Batch(long id) implements Reference {
    }

    /** One row of a ledger batch: its row number in the file imported. */
    record Row(long batch, int row) implements Reference {
    }

    Pattern FACT_ID = Pattern.compile("F[0-9a-f]{16}");
    Pattern BATCH = Pattern.compile("batch:([0-9]{1,18})");
    Pattern ROW = Pattern.compile("row:([0-9]{1,18})/([0-9]{1,9})");

    /** Reads a reference as typed; refuses (zh+en) anything else, saying the four forms. */
    static Reference parse(String text) {
        String r = text == null ? "" : text.strip();
        if (FACT_ID.matcher(r).matches()) {
            return new Fact(r);
        }
        Matcher batch = BATCH.matcher(r);
        if (batch.matches()) {
            return new Batch(Long.parseLong(batch.group(1)));
        }
        Matcher row = ROW.matcher(r);
        if (row.matches()) {
            return new Row(Long.parseLong(row.group(1)), Integer.parseInt(row.group(2)));
        }
        return new Fact(FactKey.parse(r).orElseThrow(() -> new EsgException(AppMessages.of("evidence.reference", text))).id());
    }

    /** The kind, as the audit trail names subjects: {@code fact}, {@code batch}, {@code row}. */
    default String kind() {
        if (this instanceof Fact) {
            return "fact";
        }
        return this instanceof Batch ? "batch" : "row";
    }

    /** The id within its kind: {@code F…}, {@code 45}, {@code 45/17}. */
    default String subjectId() {
        if (this instanceof Fact f) {
            return f.id();
        }
        if (this instanceof Batch b) {
            return Long.toString(b.id());
        }
        Row w = (Row) this;
        return w.batch() + "/" + w.row();
    }

    /** For messages and listings: {@code fact F…}, {@code batch 45}, {@code row 45/17}. */
    default String describe() {
        return kind() + " " + subjectId();
    }

    /** As it is typed: {@code F…}, {@code batch:45}, {@code row:45/17}. */
    default String code() {
        return this instanceof Fact f ? f.id() : kind() + ":" + subjectId();
    }
}
