package org.esgledger.engine.report.document;

/**
 * A table cell: its text and, when it shows a figure, the figure's fact id (for the link to its
 * lineage); {@code missing} when the figure had no value and the cell shows the marker.
 */
public record Cell(String text, String factId, boolean missing) {

    public static Cell text(String text) {
        return new Cell(text, "", false);
    }

    public boolean figure() {
        return !factId.isEmpty();
    }
}
