package org.esgledger.engine.report.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The double materiality matrix (双重重要性矩阵): financial materiality across, impact materiality up, the quadrant lines
 * dividing each axis into not material and material, each quadrant titled. Where the register gives every topic its two
 * scores, topics are plotted by score ({@link ScoredMatrix}). Otherwise (the demo's register publishes no scores, only
 * whether a topic is financially and impact material) topics are placed by quadrant: a dot and the name for each, spread in the quadrant in rows
 * (two columns when the names fit) so that no names overlap; a note under the matrix says that a position within a
 * quadrant expresses no score (a report that publishes no scores gets no invented coordinates). Each row of quadrants is
 * as tall as its fullest quadrant needs.
 */
public final class MaterialityChart {

    static final int WIDTH = 720;
    static final int LEFT = 60;
    static final int TOP = 44;
    static final int CELL_W = 315;
    static final BigDecimal SIZE = new BigDecimal("9.5");
    static final BigDecimal NOTE_SIZE = BigDecimal.TEN;
    private static final int LINE = 12;
    private static final int HEADING = 30;
    private static final int LEAST_ROW = 130;

    /** A topic, whether it is financially and impact material, and its scores when the register gives them. */
    public record Topic(String name, boolean financial, boolean impact, Optional<BigDecimal> financialScore, Optional<BigDecimal> impactScore) {

        public Topic {
            Objects.requireNonNull(financialScore, "financialScore");
            Objects.requireNonNull(impactScore, "impactScore");
        }

        /** A topic the register gives no scores. */
        public Topic(String name, boolean financial, boolean impact) {
            this(name, financial, impact, Optional.empty(), Optional.empty());
        }

        boolean scored() {
            return financialScore.isPresent() && impactScore.isPresent();
        }
    }

    /**
     * The texts of the chart: axis names, the four quadrants' titles (both, financial only, impact only, neither) and the
     * note saying how topics are placed (by quadrant, or by score).
     */
    public record Labels(String impactAxis, String financialAxis, String both, String financialOnly, String impactOnly, String neither, String note) {
    }

    /** A quadrant: its corner (upper left, within the plot), fill, title and the names of its topics, each wrapped to its column. */
    private record Quadrant(int column, int row, String fill, String heading, List<List<String>> names, int columns) {

        int lines() {
            int perColumn = (names.size() + columns - 1) / Math.max(1, columns);
            int most = 0;
            for (int c = 0; c < columns; c++) {
                int sum = 0;
                for (int i = c * perColumn; i < Math.min(names.size(), (c + 1) * perColumn); i++) {
                    sum += names.get(i).size();
                }
                most = Math.max(most, sum);
            }
            return most;
        }
    }

    private MaterialityChart() {
    }

    /** The matrix: plotted by score when every topic has both scores ({@link ScoredMatrix}), by quadrant otherwise. */
    public static String svg(ChartText text, Labels labels, List<Topic> topics) {
        if (!topics.isEmpty() && topics.stream().allMatch(Topic::scored)) {
            return ScoredMatrix.svg(text, labels, topics);
        }
        List<Quadrant> quadrants = List.of(quadrant(1, 0, "#E3F0E6", labels.both(), topics, true, true),
                quadrant(0, 0, "#F3F6E8", labels.impactOnly(), topics, false, true),
                quadrant(1, 1, "#EEF3F7", labels.financialOnly(), topics, true, false),
                quadrant(0, 1, "#F4F4F4", labels.neither(), topics, false, false));
        int upper = rowHeight(quadrants, 0);
        int axisY = TOP + upper + rowHeight(quadrants, 1);
        List<String> note = Svg.wrap(labels.note(), NOTE_SIZE, Svg.d(WIDTH - 2L * LEFT + 40));
        int height = axisY + 44 + note.size() * (LINE + 2) + 6;
        StringBuilder s = Svg.open(WIDTH, height, text);
        for (Quadrant q : quadrants) {
            draw(s, q, q.row() == 0 ? TOP : TOP + upper, q.row() == 0 ? upper : axisY - TOP - upper);
        }
        Svg.line(s, Svg.d(LEFT + CELL_W), Svg.d(TOP), Svg.d(LEFT + CELL_W), Svg.d(axisY), "#888", "1");
        Svg.line(s, Svg.d(LEFT), Svg.d(TOP + upper), Svg.d(LEFT + 2L * CELL_W), Svg.d(TOP + upper), "#888", "1");
        int right = LEFT + 2 * CELL_W + 12;
        s.append("<path d=\"M").append(LEFT).append(' ').append(TOP - 8).append(" L").append(LEFT).append(' ').append(axisY).append(" L").append(right)
                .append(' ').append(axisY).append("\" fill=\"none\" stroke=\"#444\" stroke-width=\"1.5\"/>\n");
        s.append("<path d=\"M").append(right - 6).append(' ').append(axisY - 4).append(" L").append(right).append(' ').append(axisY).append(" L")
                .append(right - 6).append(' ').append(axisY + 4).append(" M").append(LEFT - 4).append(' ').append(TOP - 2).append(" L").append(LEFT)
                .append(' ').append(TOP - 8).append(" L").append(LEFT + 4).append(' ').append(TOP - 2).append("\" fill=\"none\" stroke=\"#444\" stroke-width=\"1.5\"/>\n");
        Svg.text(s, Svg.d(LEFT + CELL_W), Svg.d(axisY + 22), "middle", new BigDecimal("12"), labels.financialAxis() + " →", "font-weight=\"bold\"");
        BigDecimal cy = Svg.d((TOP + axisY) / 2);
        Svg.text(s, Svg.d(LEFT - 16), cy, "middle", new BigDecimal("12"), labels.impactAxis() + " →",
                "font-weight=\"bold\" transform=\"rotate(-90 " + (LEFT - 16) + " " + Svg.n(cy) + ")\"");
        for (int i = 0; i < note.size(); i++) {
            Svg.text(s, Svg.d(LEFT - 20), Svg.d(axisY + 46 + (long) i * (LINE + 2)), "start", NOTE_SIZE, note.get(i), "fill=\"#555\"");
        }
        return s.append("</svg>\n").toString();
    }

    /** A row of quadrants as tall as its fullest quadrant needs, at least {@value #LEAST_ROW} px. */
    private static int rowHeight(List<Quadrant> quadrants, int row) {
        return Math.max(LEAST_ROW, HEADING + 10 + quadrants.stream().filter(q -> q.row() == row).mapToInt(Quadrant::lines).max().orElse(0) * LINE);
    }

    private static Quadrant quadrant(int column, int row, String fill, String heading, List<Topic> topics, boolean financial, boolean impact) {
        List<String> names = topics.stream().filter(t -> t.financial() == financial && t.impact() == impact).map(Topic::name).toList();
        BigDecimal half = Svg.d(CELL_W / 2 - 26);
        int columns = names.size() > 4 && Svg.widest(names, SIZE).compareTo(half) <= 0 ? 2 : 1;
        BigDecimal room = columns == 2 ? half : Svg.d(CELL_W - 34);
        List<List<String>> wrapped = new ArrayList<>();
        for (String n : names) {
            wrapped.add(Svg.wrap(n, SIZE, room));
        }
        return new Quadrant(column, row, fill, heading, wrapped, columns);
    }

    private static void draw(StringBuilder s, Quadrant q, int y, int cellH) {
        int x = LEFT + q.column() * CELL_W;
        Svg.rect(s, Svg.d(x), Svg.d(y), Svg.d(CELL_W), Svg.d(cellH), q.fill(), "stroke=\"#FFFFFF\" stroke-width=\"2\"");
        BigDecimal size = Svg.fit(List.of(q.heading()), Svg.d(CELL_W - 20), 12, 8);
        Svg.text(s, Svg.d(x + 10), Svg.d(y + 20), "start", size, q.heading(), "font-weight=\"bold\"");
        int perColumn = (q.names().size() + q.columns() - 1) / Math.max(1, q.columns());
        for (int c = 0; c < q.columns(); c++) {
            int line = 0;
            int cx = x + 14 + c * (CELL_W / 2);
            for (int i = c * perColumn; i < Math.min(q.names().size(), (c + 1) * perColumn); i++) {
                int ty = y + HEADING + 10 + line * LINE;
                s.append("<circle cx=\"").append(cx).append("\" cy=\"").append(ty - 3).append("\" r=\"3\" fill=\"").append(Svg.PALETTE[0]).append("\"/>\n");
                for (String part : q.names().get(i)) {
                    Svg.text(s, Svg.d(cx + 8), Svg.d(y + HEADING + 10 + (long) line * LINE), "start", SIZE, part, "");
                    line++;
                }
            }
        }
    }
}
