package org.esgledger.app.report.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart's alt text in the tagged PDF: openhtmltopdf takes a Figure's {@code /Alt} from the
 * {@code alt} attribute of the replaced element, here the chart's {@code svg}, and knows nothing
 * of the SVG's own {@code title} and {@code desc}. So the print markup copies the description (the
 * title followed by the values in words) or, without one, the title onto the {@code svg} element.
 * The screen edition keeps the SVG as it is ({@code role="img"} with its title and description).
 */
final class FigureAlt {

    private static final Pattern DESC = Pattern.compile("<desc>([^<]*)</desc>");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern ROOT = Pattern.compile("<svg(?=[\\s>])");

    private FigureAlt() {
    }

    /** The SVG with an {@code alt} attribute on its root element (its text already escaped, as in the SVG). */
    static String onSvg(String svg) {
        String alt = first(DESC, svg);
        if (alt.isBlank()) {
            alt = first(TITLE, svg);
        }
        Matcher root = ROOT.matcher(svg);
        if (alt.isBlank() || !root.find()) {
            return svg;
        }
        return svg.substring(0, root.end()) + " alt=\"" + alt.strip() + "\"" + svg.substring(root.end());
    }

    private static String first(Pattern p, String svg) {
        Matcher m = p.matcher(svg);
        return m.find() ? m.group(1) : "";
    }
}
