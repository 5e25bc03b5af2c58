package org.esgledger.app.ledger;

import java.util.List;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.ledger.internal.BatchStore;
import org.esgledger.app.ledger.internal.Ledger;
import org.esgledger.app.ledger.internal.LedgerKinds;
import org.esgledger.app.ledger.internal.RejectionFile;
import org.esgledger.app.ledger.internal.RejectionWorkbook;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger batches as people read them (the web's batch list, docs/web.md): with their provenance
 * and their rejected rows, and the rejection report of a batch as CSV or XLSX. Only what the reader may
 * read ({@link Permission#READ} on the batch's ledger kind): an admin, a manager or an auditor every
 * batch, a contributor or a reviewer the kinds of their scope; a batch outside it is refused (recorded).
 */
@Service
public class LedgerBatches {

    private final BatchStore batches;
    private final Authorisation authorisation;
    private final LedgerKinds kinds;

    LedgerBatches(BatchStore batches, Authorisation authorisation, LedgerKinds kinds) {
        this.kinds = kinds;
        this.batches = batches;
        this.authorisation = authorisation;
    }

    /** Every batch of the kinds the reader may read, in force or superseded, newest first. */
    @Transactional(readOnly = true)
    public List<BatchView> list(Actor reader) {
        return batches.views().stream()
                .filter(b -> Authorisation.whyNot(reader, Permission.READ, List.of(Area.ledger(b.kind()))).isEmpty()).toList();
    }

    /** One batch; refused when unknown or outside what the reader may read. */
    @Transactional(readOnly = true)
    public BatchView batch(Actor reader, long id) {
        BatchView b = batches.view(id).orElseThrow(() -> new EsgException(AppMessages.of("review.unknown", "batch " + id)));
        authorisation.require(reader, Permission.READ, Action.READ, Area.ledger(b.kind()));
        return b;
    }

    /**
     * Every accepted row of a batch (in force or superseded), as the figure explorer's "all rows" download: the row number in
     * the file first, then the kind's import layout (CSV, UTF-8 with BOM, formula prefixes defused). Same read check as the batch.
     */
    @Transactional(readOnly = true)
    public byte[] rows(Actor reader, long id) {
        BatchView b = batch(reader, id);
        return rowsOf(kinds.ledger(b.kind()).orElseThrow(), id);
    }

    private static <R> byte[] rowsOf(Ledger<R> ledger, long id) {
        return ledger.csvWithRows(ledger.ofBatch(id));
    }

    /** The rejected rows of a batch, as its import kept them (row, column, zh and en reason, raw cells). */
    @Transactional(readOnly = true)
    public List<Rejection> rejections(Actor reader, long id) {
        batch(reader, id);
        return batches.rejections(id);
    }

    /** A rejection report as {@code esg import} writes it: CSV, UTF-8 with BOM, formula prefixes defused. */
    public static byte[] csv(List<Rejection> rejections) {
        return RejectionFile.csv(rejections);
    }

    /** The same report as an XLSX workbook. */
    public static byte[] xlsx(List<Rejection> rejections) {
        return RejectionWorkbook.xlsx(rejections);
    }
}
