package org.esgledger.app.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.esgledger.app.audit.ChainHead;
import org.esgledger.app.intake.FormulaGuard;

/**
 * The data pack as CSV (UTF-8 with a byte order mark): one row per figure, its lists joined with
 * {@code ;}, every text a spreadsheet would run as a formula defused (the exact value is a number
 * and stays as it is); then one last row, {@value #HEAD_ROW}, holding in its value column the head of
 * the audit chain when the pack was written ({@code SEQ:SHA256}, as {@code esg audit verify --head} takes it).
 */
final class DataPackCsv {

    static final List<String> COLUMNS = List.of("fact_id", "indicator", "name_zh", "name_en", "entity", "period", "breakdown",
            "available", "value", "disclosed", "unit", "decimals", "derivation", "formula", "formula_version", "origin", "status",
            "source_file", "source_row", "szse", "gri", "issb", "sdg", "inputs", "findings", "reason_en", "in_report", "report_sections",
            "report_pages_zh", "report_pages_en", "figure_origin", "figure_status", "differs_from_published");

    /** The fact_id cell of the last row, which holds the audit chain's head. */
    static final String HEAD_ROW = "audit_chain_head";

    private DataPackCsv() {
    }

    /** @param figures the figures as the JSON holds them */
    static String of(List<Map<String, Object>> figures, ChainHead head) {
        StringWriter w = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(w)) {
            csv.writeRecord(COLUMNS);
            for (Map<String, Object> f : figures) {
                List<String> row = new ArrayList<>();
                for (String c : COLUMNS) {
                    Object v = cell(f, c);
                    String text = v == null ? "" : v.toString();
                    row.add(c.equals("value") ? text : FormulaGuard.defuse(text));
                }
                csv.writeRecord(row);
            }
            csv.writeRecord(headRow(head));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "\uFEFF" + w;
    }

    /** A row as wide as the others: its id, what it is (zh, en) and the head as {@code SEQ:SHA256} in the value column. */
    private static List<String> headRow(ChainHead head) {
        List<String> row = new ArrayList<>();
        for (String c : COLUMNS) {
            row.add(switch (c) {
                case "fact_id" -> HEAD_ROW;
                case "name_zh" -> "渲染时的审计链头";
                case "name_en" -> "audit chain head when written";
                case "value" -> head.toString();
                default -> "";
            });
        }
        return row;
    }

    /** The pages of a language's PDF edition, {@code ;}-separated; empty when that PDF was not laid out. */
    @SuppressWarnings("unchecked")
    private static String pages(Map<String, Object> f, String language) {
        Map<String, Object> byLanguage = f.get("report_pages") == null ? Map.of() : (Map<String, Object>) f.get("report_pages");
        List<Integer> pages = (List<Integer>) byLanguage.getOrDefault(language, List.of());
        return String.join(";", pages.stream().map(String::valueOf).toList());
    }

    @SuppressWarnings("unchecked")
    private static Object cell(Map<String, Object> f, String column) {
        Map<String, Object> p = f.get("provenance") == null ? Map.of() : (Map<String, Object>) f.get("provenance");
        Map<String, Object> refs = (Map<String, Object>) f.get("references");
        return switch (column) {
            case "origin", "status" -> p.get(column);
            case "source_file" -> p.get("file");
            case "source_row" -> p.get("row");
            case "szse", "gri", "issb", "sdg" -> String.join(";", (List<String>) refs.get(column));
            case "inputs" -> String.join(";", (List<String>) f.get("inputs"));
            case "report_sections" -> String.join(";", (List<String>) f.get("report_sections"));
            case "report_pages_zh", "report_pages_en" -> pages(f, column.substring("report_pages_".length()));
            case "findings" -> String.join(";", ((List<Map<String, Object>>) f.get("findings")).stream()
                    .map(x -> x.get("severity") + ":" + x.get("rule")).toList());
            default -> f.get(column);
        };
    }
}
