package org.esgledger.engine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.document.Cell;
import org.esgledger.engine.report.template.Column;
import org.esgledger.engine.report.template.Component;

/** Tables drawn from registers (risks, SDGs, stakeholders, topics) and from the evaluated targets. */
final class RegisterTables {

    private final Language language;
    private final ReportData data;
    private final FigureNotes notes;

    RegisterTables(Language language, ReportData data, FigureNotes notes) {
        this.language = language;
        this.data = data;
        this.notes = notes;
    }

    Block register(Component.Register r) {
        List<String> header = r.columns().stream().map(c -> language == Language.ZH ? c.header().zh() : c.header().en()).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (Map<String, String> row : data.register(r.source())) {
            if (matches(row, r.where())) {
                List<Cell> cells = new ArrayList<>();
                for (Column c : r.columns()) {
                    cells.add(Cell.text(field(row, c.key(), language)));
                }
                rows.add(cells);
            }
        }
        return new Block.Table(language == Language.ZH ? r.caption().zh() : r.caption().en(), header, rows, header.size());
    }

    /** A field in the edition's language: {@code key_zh} / {@code key_en} when the register has them, else {@code key}. */
    static String field(Map<String, String> row, String key, Language language) {
        String localized = row.get(key + (language == Language.ZH ? "_zh" : "_en"));
        if (localized != null && !localized.isBlank()) {
            return localized.strip();
        }
        String plain = row.get(key);
        return plain == null ? "" : plain.strip();
    }

    static boolean matches(Map<String, String> row, List<String> where) {
        for (String condition : where) {
            int eq = condition.indexOf('=');
            String field = condition.substring(0, eq);
            List<String> allowed = List.of(condition.substring(eq + 1).split(","));
            if (!allowed.contains(row.getOrDefault(field, "").strip())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The targets in their declared columns (by default metric, target, status). A status the company
     * only declares, which no data verifies, carries a marker explained once, in a note under the table.
     */
    Block targets(Component.Targets t) {
        List<Column> columns = t.columns().isEmpty() ? List.of(standard("metric", "target.subject"), standard("target", "target.target"),
                standard("status", "target.status")) : t.columns();
        List<String> header = columns.stream().map(c -> pick(c.header().zh(), c.header().en())).toList();
        List<List<Cell>> rows = new ArrayList<>();
        boolean declaredOnly = false;
        for (String id : t.ids()) {
            Optional<ReportData.TargetLine> line = data.target(id);
            List<Cell> cells = new ArrayList<>();
            for (Column c : columns) {
                cells.add(line.map(l -> Cell.text(cell(l, c.key()))).orElseGet(() -> c.key().equals("metric") ? Cell.text(id)
                        : c.key().equals("target") ? new Cell(ReportComposer.marker(language), "", true) : Cell.text("")));
            }
            declaredOnly |= line.map(ReportData.TargetLine::declaredOnly).orElse(false);
            rows.add(cells);
        }
        if (declaredOnly) {
            notes.add(ReportTexts.of("target.declaredNote", language));
        }
        return new Block.Table(language == Language.ZH ? t.caption().zh() : t.caption().en(), header, rows, header.size());
    }

    private Column standard(String key, String text) {
        String h = ReportTexts.of(text, language);
        return new Column(key, Bilingual.of(h, h));
    }

    private String cell(ReportData.TargetLine l, String key) {
        return switch (key) {
            case "department" -> pick(l.department().zh(), l.department().en());
            case "metric" -> pick(l.subject().zh(), l.subject().en());
            case "target" -> pick(l.target().zh(), l.target().en());
            case "result" -> pick(l.result().zh(), l.result().en());
            default -> pick(l.status().zh(), l.status().en()) + (l.declaredOnly() ? ReportTexts.of("target.declaredMark", language) : "");
        };
    }

    private String pick(String zh, String en) {
        return language == Language.ZH ? zh : en;
    }
}
