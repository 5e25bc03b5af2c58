package org.esgledger.app.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The tables of an HTML edition as a reader meets them, header and body rows of cell texts, to find
 * rows printed twice: the same row in two tables (a chart of two values printed as a table beside the
 * table that already holds its rows), or a target of a targets table printed again in another table
 * (the monthly quality limits once printed as figures two pages after the targets table).
 */
final class ReportTableRows {

    record Table(int number, String caption, List<String> header, List<List<String>> rows) {
    }

    private ReportTableRows() {
    }

    static List<Table> of(Path html) throws Exception {
        List<Table> tables = new ArrayList<>();
        NodeList all = ReportReading.parse(html).getElementsByTagName("table");
        for (int t = 0; t < all.getLength(); t++) {
            Element table = (Element) all.item(t);
            List<String> header = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            NodeList trs = table.getElementsByTagName("tr");
            for (int i = 0; i < trs.getLength(); i++) {
                Element tr = (Element) trs.item(i);
                if (tr.getElementsByTagName("th").getLength() > 0) {
                    header.addAll(cells(tr, "th"));
                } else {
                    rows.add(cells(tr, "td"));
                }
            }
            tables.add(new Table(t + 1, caption(table), header, rows));
        }
        return tables;
    }

    /** Each body row printed more than once, in the same table or another, with the tables printing it. */
    static List<String> repeated(List<Table> tables) {
        Map<List<String>, List<String>> where = new LinkedHashMap<>();
        for (Table t : tables) {
            for (List<String> row : t.rows()) {
                where.computeIfAbsent(row, r -> new ArrayList<>()).add(name(t));
            }
        }
        List<String> repeated = new ArrayList<>();
        where.forEach((row, in) -> {
            if (in.size() > 1) {
                repeated.add(row + " in " + in);
            }
        });
        return repeated;
    }

    /** Rows of other tables that name the department and the metric of a row of a targets table (部门 / Department first). */
    static List<String> targetsElsewhere(List<Table> tables, String lang) {
        List<String> found = new ArrayList<>();
        String department = lang.equals("zh") ? "部门" : "Department";
        for (Table targets : tables) {
            if (targets.header().isEmpty() || !targets.header().get(0).equals(department)) {
                continue;
            }
            for (List<String> target : targets.rows()) {
                for (Table other : tables) {
                    if (other == targets) {
                        continue;
                    }
                    for (List<String> row : other.rows()) {
                        String text = String.join(" ", row);
                        if (!target.get(0).isEmpty() && text.contains(target.get(0)) && text.contains(target.get(1))) {
                            found.add(target.get(0) + " / " + target.get(1) + " of " + name(targets) + " again in " + name(other) + ": " + row);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String name(Table t) {
        return "table " + t.number() + (t.caption().isEmpty() ? "" : " '" + t.caption() + "'");
    }

    private static List<String> cells(Element tr, String tag) {
        List<String> cells = new ArrayList<>();
        NodeList cs = tr.getElementsByTagName(tag);
        for (int i = 0; i < cs.getLength(); i++) {
            cells.add(cs.item(i).getTextContent().replaceAll("\\s+", " ").strip());
        }
        return cells;
    }

    /** The caption printed above a table ({@code <p class="caption">} in its block), or empty. */
    private static String caption(Element table) {
        if (table.getParentNode() instanceof Element block) {
            NodeList ps = block.getElementsByTagName("p");
            for (int i = 0; i < ps.getLength(); i++) {
                Element p = (Element) ps.item(i);
                if (p.getAttribute("class").equals("caption")) {
                    return p.getTextContent().strip();
                }
            }
        }
        return "";
    }
}
