package org.esgledger.app.report.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.template.Picture;

/**
 * The images a template places beside it, in each format: in HTML and the PDF an {@code img} with
 * its alt text and the file's bytes as a data URI (the HTML edition stays one self-contained file;
 * openhtmltopdf draws SVG as vectors, PNG and JPEG as image XObjects), with its caption below; in
 * the DOCX a picture (SVG drawn as PNG first, as for charts) with its alt text as the picture's
 * description and the caption below. Never wider than the text; a picture keeps its proportions.
 */
final class TemplatePictures {

    private static final Pattern SVG_SIZE = Pattern.compile("<svg[^>]*?\\swidth=\"(\\d+)[^\"]*\"[^>]*?\\sheight=\"(\\d+)[^\"]*\"");
    private static final int TEXT_WIDTH_EMU = Units.toEMU(453);

    private TemplatePictures() {
    }

    static String dataUri(Picture p) {
        return "data:" + p.format().mediaType() + ";base64," + Base64.getEncoder().encodeToString(p.content());
    }

    /** The edition template's variables of an image block. */
    static Map<String, Object> markup(Block.Image image) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "image");
        m.put("src", dataUri(image.picture()));
        m.put("alt", image.alt());
        m.put("caption", image.caption());
        m.put("width", "width: " + Math.min(100, pixels(image.picture())[0] * 100 / 660) + "%");
        return m;
    }

    /** The picture as a centred paragraph of the DOCX, its caption in a paragraph below. */
    static void docx(XWPFDocument docx, Block.Image image, int number) {
        Picture p = image.picture();
        byte[] bytes = p.format() == Picture.Format.SVG ? ChartPictures.png(new String(p.content(), StandardCharsets.UTF_8)) : p.content();
        int type = p.format() == Picture.Format.JPEG ? XWPFDocument.PICTURE_TYPE_JPEG : XWPFDocument.PICTURE_TYPE_PNG;
        int[] px = pixels(p);
        int width = Math.min(TEXT_WIDTH_EMU, Units.pixelToEMU(px[0]));
        int height = (int) ((long) width * px[1] / Math.max(1, px[0]));
        XWPFParagraph para = docx.createParagraph();
        para.setAlignment(ParagraphAlignment.CENTER);
        try {
            var picture = para.createRun().addPicture(new ByteArrayInputStream(bytes), type, "image" + number + "." + (type == XWPFDocument.PICTURE_TYPE_JPEG ? "jpg" : "png"),
                    width, height);
            picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(image.alt());
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("image " + p.name() + " could not be added", e);
        }
        if (!image.caption().isEmpty()) {
            XWPFParagraph caption = docx.createParagraph();
            caption.setStyle("Caption");
            caption.setAlignment(ParagraphAlignment.CENTER);
            DocxEdition.run(caption, image.caption());
        }
    }

    /** The picture's size in pixels: a PNG's or JPEG's own, an SVG's width and height attributes (300 × 150 without). */
    static int[] pixels(Picture p) {
        if (p.format() == Picture.Format.SVG) {
            Matcher m = SVG_SIZE.matcher(new String(p.content(), StandardCharsets.UTF_8));
            return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : new int[] {300, 150};
        }
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(p.content()));
            return img == null ? new int[] {300, 150} : new int[] {img.getWidth(), img.getHeight()};
        } catch (IOException e) {
            return new int[] {300, 150};
        }
    }
}
