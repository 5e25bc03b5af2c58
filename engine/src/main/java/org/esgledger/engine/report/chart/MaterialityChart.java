package org.esgledger.engine.report.chart;

import java.util.List;

/**
 * The materiality matrix (双重重要性: financial and impact materiality): impact materiality across, financial materiality up, four
 * quadrants, each listing its topics. Topics are placed by their classification only (a report
 * that publishes no scores gets no invented coordinates).
 */
public final class MaterialityChart {

    static final int WIDTH = 700;
    static final int HEIGHT = 560;
    static final int LEFT = 60;
    static final int TOP = 50;
    static final int CELL_W = 310;
    static final int CELL_H = 230;

    /** A topic and whether it is financially and impact material. */
    public record Topic(String name, boolean financial, boolean impact) {
    }

    /** The texts of the chart: axis names and the four quadrants' titles (both, financial only, impact only, neither). */
    public record Labels(String impactAxis, String financialAxis, String both, String financialOnly, String impactOnly, String neither) {
    }

    private MaterialityChart() {
    }

    public static String svg(String title, Labels labels, List<Topic> topics) {
        StringBuilder s = Svg.open(WIDTH, HEIGHT, title);
        quadrant(s, LEFT + CELL_W, TOP, "#E3F0E6", labels.both(), topics, true, true);
        quadrant(s, LEFT, TOP, "#EEF3F7", labels.financialOnly(), topics, true, false);
        quadrant(s, LEFT + CELL_W, TOP + CELL_H, "#F3F6E8", labels.impactOnly(), topics, false, true);
        quadrant(s, LEFT, TOP + CELL_H, "#F4F4F4", labels.neither(), topics, false, false);
        int axisY = TOP + 2 * CELL_H;
        s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(axisY).append("\" x2=\"").append(LEFT + 2 * CELL_W + 10)
                .append("\" y2=\"").append(axisY).append("\" stroke=\"#444\" stroke-width=\"1.5\"/>\n");
        s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(axisY).append("\" x2=\"").append(LEFT).append("\" y2=\"")
                .append(TOP - 10).append("\" stroke=\"#444\" stroke-width=\"1.5\"/>\n");
        s.append("<text x=\"").append(LEFT + CELL_W).append("\" y=\"").append(axisY + 24).append("\" text-anchor=\"middle\" font-size=\"12\" ")
                .append(Svg.FONT).append('>').append(Svg.esc(labels.impactAxis())).append(" →</text>\n");
        int cy = TOP + CELL_H;
        s.append("<text x=\"").append(LEFT - 14).append("\" y=\"").append(cy).append("\" text-anchor=\"middle\" font-size=\"12\" transform=\"rotate(-90 ")
                .append(LEFT - 14).append(' ').append(cy).append(")\" ").append(Svg.FONT).append('>').append(Svg.esc(labels.financialAxis()))
                .append(" →</text>\n");
        return s.append("</svg>\n").toString();
    }

    private static void quadrant(StringBuilder s, int x, int y, String fill, String heading, List<Topic> topics, boolean financial, boolean impact) {
        s.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(CELL_W).append("\" height=\"").append(CELL_H)
                .append("\" fill=\"").append(fill).append("\" stroke=\"#FFFFFF\" stroke-width=\"2\"/>\n");
        s.append("<text x=\"").append(x + 10).append("\" y=\"").append(y + 20).append("\" font-size=\"12\" font-weight=\"bold\" ").append(Svg.FONT)
                .append('>').append(Svg.esc(heading)).append("</text>\n");
        int line = 0;
        for (Topic t : topics) {
            if (t.financial() == financial && t.impact() == impact) {
                int ty = y + 38 + line * 12;
                s.append("<circle cx=\"").append(x + 14).append("\" cy=\"").append(ty - 3).append("\" r=\"2.5\" fill=\"")
                        .append(Svg.PALETTE[0]).append("\"/>\n");
                s.append("<text x=\"").append(x + 22).append("\" y=\"").append(ty).append("\" font-size=\"9.5\" ").append(Svg.FONT).append('>')
                        .append(Svg.esc(t.name())).append("</text>\n");
                line++;
            }
        }
    }
}
