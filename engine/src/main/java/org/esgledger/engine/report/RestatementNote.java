package org.esgledger.engine.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.document.Cell;

/**
 * The restatement note (GRI 2-4): each figure restated after its year's report was published (the
 * year locked), with its entity and year, the published value, the new one and the reason; and the
 * marker a multi-year table prints beside a restated value. A figure of the report's own year is
 * listed too: restated after that year's report was published, it is printed by a report rendered
 * again (a corrected reissue) with its new value, which the note explains. A year after the report's
 * is never listed (its report is not published when this one is).
 */
final class RestatementNote {

    private RestatementNote() {
    }

    static Block.Table table(int reportYear, Language language, ReportData data, FigureFormat format) {
        boolean zh = language == Language.ZH;
        List<String> header = List.of(ReportTexts.of("restated.figure", language), ReportTexts.of("restated.entity", language),
                ReportTexts.of("restated.year", language), ReportTexts.of("restated.before", language),
                ReportTexts.of("restated.after", language), ReportTexts.of("restated.reason", language));
        List<List<Cell>> rows = new ArrayList<>();
        for (ReportData.Restated r : data.restatements()) {
            if (r.year() > reportYear) {
                continue;
            }
            rows.add(List.of(Cell.text(zh ? r.figure().zh() : r.figure().en()), Cell.text(zh ? r.entity().zh() : r.entity().en()),
                    Cell.text(String.valueOf(r.year())), Cell.text(value(r.before(), r.beforeUnit(), r.decimals(), language, format)),
                    new Cell(value(r.after(), r.afterUnit(), r.decimals(), language, format), r.factId(), false), Cell.text(r.reason())));
        }
        if (rows.isEmpty()) {
            rows.add(List.of(Cell.text(ReportTexts.of("restated.none", language)), Cell.text(""), Cell.text(""), Cell.text(""),
                    Cell.text(""), Cell.text("")));
        }
        return new Block.Table(ReportTexts.of("restated.caption", language), header, rows, 6);
    }

    private static String value(Optional<BigDecimal> v, String unit, int decimals, Language language, FigureFormat format) {
        return v.map(x -> format.format(x, unit, decimals, language)).orElse(ReportComposer.marker(language));
    }

    /** The cell with the restated marker when its figure was restated. */
    static Cell marked(Cell cell, Language language, ReportData data) {
        if (!cell.figure() || data.restatements().stream().noneMatch(r -> r.factId().equals(cell.factId()))) {
            return cell;
        }
        return new Cell(cell.text() + ReportTexts.of("restated.marker", language), cell.factId(), cell.missing());
    }
}
