package org.esgledger.app.report.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

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

    private ChartPictures() {
    }

    static byte[] png(String svg, int width) {
        PNGTranscoder t = new PNGTranscoder();
        t.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) (width * 2));
        t.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        t.addTranscodingHint(PNGTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            t.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("chart could not be drawn: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

}
