package org.esgledger.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The seed report's outline and what the demo must hold of it, from test resources copied into the
 * project (tests never read the seed dataset itself): {@code report/seed-outline.md} (the outline),
 * {@code report/seed-outline-map.txt} (its sections mapped to the template's) and
 * {@code report/seed-amounts.properties} (the seed editions' amount of text, measured by
 * {@code tools/seed-amounts.py} with the rule of {@link #amount}).
 */
record SeedOutline(Map<String, String> sections, List<Line> lines, Properties amounts) {

    /**
     * One line of the mapping: an outline section (or a part its row names) and the template section
     * holding it, with what each edition prints for it there (empty: the section's own heading).
     */
    record Line(String outline, String part, String section, String labelZh, String labelEn, boolean prose) {

        String label(String lang) {
            return lang.equals("zh") ? labelZh : labelEn;
        }

        @Override
        public String toString() {
            return outline + (part.isEmpty() ? "" : " / " + part) + " → " + section;
        }
    }

    static SeedOutline read() throws IOException {
        Properties amounts = new Properties();
        amounts.load(new StringReader(resource("seed-amounts.properties")));
        return new SeedOutline(sections(resource("seed-outline.md")), lines(resource("seed-outline-map.txt")), amounts);
    }

    /**
     * The outline's sections, name → the text of its row: each row of a {@code | zh | en | ...} table, named by its zh
     * cell up to the first "（", "：" or "、" (bold marks dropped), and each chapter heading {@code ## zh / en (pages)}.
     */
    static Map<String, String> sections(String outline) {
        Map<String, String> sections = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : outline.lines().toList()) {
            if (line.startsWith("## ") && line.contains(" / ")) {
                sections.put(line.substring(3, line.indexOf(" / ")).strip(), line);
            }
            if (line.startsWith("| zh |")) {
                inTable = true;
            } else if (!line.startsWith("|")) {
                inTable = false;
            } else if (inTable && !line.startsWith("|---")) {
                String cell = line.split("\\|")[1].strip().replace("**", "");
                sections.put(cell.split("[（：、]")[0].strip(), cell);
            }
        }
        return sections;
    }

    private static List<Line> lines(String map) {
        List<Line> lines = new ArrayList<>();
        for (String l : map.lines().toList()) {
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] c = l.split("\\|", -1);
            if (c.length != 6) {
                throw new IllegalStateException("seed-outline-map.txt: six columns expected: " + l);
            }
            lines.add(new Line(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip(), c[4].strip(), c[5].strip().equals("prose")));
        }
        return lines;
    }

    /**
     * The amount of text by the rule the seed's was measured with (tools/seed-amounts.py): zh, code points in
     * U+4E00..U+9FFF; en, runs between ASCII whitespace holding at least one ASCII letter.
     */
    static int amount(String text, String lang) {
        if (lang.equals("zh")) {
            return (int) text.codePoints().filter(c -> c >= 0x4E00 && c <= 0x9FFF).count();
        }
        int words = 0;
        for (String w : text.split("[ \\t\\n\\x0B\\f\\r]+")) {
            if (w.chars().anyMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                words++;
            }
        }
        return words;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SeedOutline.class.getResourceAsStream("/report/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource report/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
