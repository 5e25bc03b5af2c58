package org.esgledger.app.ledger;

import java.nio.file.Path;
import java.util.Optional;

import org.esgledger.app.ledger.internal.LedgerInput;

/**
 * Reads a workbook the way an import does, line by line, and prints how many lines it had and the
 * summary of its blank ones: run in a child JVM with a small heap by {@link LargeWorkbookImportTest}.
 */
public final class XlsxProbe {

    private XlsxProbe() {
    }

    public static void main(String[] args) {
        SkippedRows.Tally blank = new SkippedRows.Tally();
        int lines = 0;
        try (LedgerInput in = LedgerInput.of(Path.of(args[0]), Optional.empty())) {
            while (in.hasNext()) {
                LedgerInput.Line line = in.next();
                lines++;
                if (line.cells().stream().allMatch(String::isBlank)) {
                    blank.add(line.number(), "blank");
                }
            }
        }
        System.out.println("lines=" + lines);
        System.out.println("skipped=" + blank.result().summary().en());
        System.out.println("maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
