package org.esgledger.engine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.document.Cell;
import org.esgledger.engine.report.template.Column;
import org.esgledger.engine.report.template.Component;

/** Tables drawn from registers (risks, SDGs, stakeholders, topics) and from the evaluated targets. */
final class RegisterTables {

    private final Language language;
    private final ReportData data;

    RegisterTables(Language language, ReportData data) {
        this.language = language;
        this.data = data;
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

    Block targets(Component.Targets t) {
        List<String> header = List.of(ReportTexts.of("target.subject", language), ReportTexts.of("target.target", language),
                ReportTexts.of("target.status", language));
        List<List<Cell>> rows = new ArrayList<>();
        for (String id : t.ids()) {
            Optional<ReportData.TargetLine> line = data.target(id);
            if (line.isEmpty()) {
                rows.add(List.of(Cell.text(id), new Cell(ReportComposer.marker(language), "", true), Cell.text("")));
                continue;
            }
            ReportData.TargetLine l = line.get();
            rows.add(List.of(Cell.text(pick(l.subject().zh(), l.subject().en())), Cell.text(pick(l.target().zh(), l.target().en())),
                    Cell.text(pick(l.status().zh(), l.status().en()))));
        }
        return new Block.Table(language == Language.ZH ? t.caption().zh() : t.caption().en(), header, rows, header.size());
    }

    private String pick(String zh, String en) {
        return language == Language.ZH ? zh : en;
    }
}
