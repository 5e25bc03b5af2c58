package org.esgledger.app.report.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.batik.bridge.EmbededExternalResourceSecurity;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.batik.util.ParsedURL;

/**
 * Our SVG charts as PNG pictures for the DOCX edition (word processors do not all read SVG),
 * drawn by Batik at twice the chart's size with the bundled fonts registered, so Chinese labels
 * render the same on any machine.
 */
final class ChartPictures {

    static {
        System.setProperty("java.awt.headless", "true");
        GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (byte[] font : new byte[][] {PdfEdition.SANS, PdfEdition.SANS_BOLD, PdfEdition.CJK}) {
            try {
                ge.registerFont(Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(font)));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("bundled font cannot be read", e);
            }
        }
    }

    private static final Pattern SIZE = Pattern.compile("width=\"(\\d+)\" height=\"(\\d+)\"");

    private ChartPictures() {
    }

    /**
     * Draws what the SVG holds and nothing it points to: a template's SVG is a file a user chose, so no
     * script runs and no resource is fetched (no file, no URL: only {@code data:} images inside it).
     */
    private static final class SelfContained extends PNGTranscoder {

        @Override
        protected UserAgent createUserAgent() {
            return new SVGAbstractTranscoderUserAgent() {
                @Override
                public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resource, ParsedURL document) {
                    return new EmbededExternalResourceSecurity(resource);
                }

                @Override
                public ScriptSecurity getScriptSecurity(String type, ParsedURL script, ParsedURL document) {
                    return new NoLoadScriptSecurity(type);
                }

                @Override
                public void checkLoadExternalResource(ParsedURL resource, ParsedURL document) {
                    getExternalResourceSecurity(resource, document).checkLoadExternalResource();
                }

                @Override
                public void checkLoadScript(String type, ParsedURL script, ParsedURL document) {
                    getScriptSecurity(type, script, document).checkLoadScript();
                }
            };
        }
    }

    /** The chart drawn at twice its size: the SVG's width and height are multiplied by two, its viewBox kept. */
    static byte[] png(String svg) {
        Matcher m = SIZE.matcher(svg);
        String enlarged = m.find() ? m.replaceFirst("width=\"" + Integer.parseInt(m.group(1)) * 2 + "\" height=\"" + Integer.parseInt(m.group(2)) * 2 + "\"")
                : svg;
        PNGTranscoder t = new SelfContained();
        t.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
        t.addTranscodingHint(PNGTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        t.addTranscodingHint(PNGTranscoder.KEY_ALLOWED_SCRIPT_TYPES, "");
        t.addTranscodingHint(PNGTranscoder.KEY_CONSTRAIN_SCRIPT_ORIGIN, Boolean.TRUE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            t.transcode(new TranscoderInput(new StringReader(enlarged)), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("chart could not be drawn: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

}
