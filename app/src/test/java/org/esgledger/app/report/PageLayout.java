package org.esgledger.app.report;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.springframework.util.FileSystemUtils;

/**
 * A PDF's pages as a reader sees them: the words with their positions ({@code pdftotext -bbox}) and
 * the page drawn ({@code pdftoppm} at 144 dpi): where the ink starts and ends, and where a table's
 * header row (a band of the accent colour across the page) or a table's cell border is.
 */
final class PageLayout {

    static final int DPI = 144;
    /** The header row's fill. */
    static final int HEADER = 0x1F6F8B;
    /** The page's text area, from the PDF's margins: 20 mm from the top, 22 mm from the bottom of 297 mm. */
    static final int TOP_MM = 20;
    static final int BOTTOM_MM = 275;

    record Word(int page, double x0, double y0, double x1, double y1, String text) {
    }

    /**
     * A page drawn: where its ink starts and ends within the text area (pixel rows), and which rows of
     * the text area are a header band or a cell border (read from the image once, so that the pages of
     * a long report need not be held as images).
     */
    record Page(int number, int top, int bottom, int firstInk, int lastInk, BitSet headerRows, BitSet borderRows) {

        boolean blank() {
            return firstInk < 0;
        }

        /** How much of the text area is left empty below the last ink, 0–100. */
        int emptyPercent() {
            return blank() ? 100 : (bottom - lastInk) * 100 / (bottom - top);
        }

        /** A band of the header colour across at least half the page's width within a few rows of y. */
        boolean headerBandNear(int y) {
            for (int row = Math.max(top, y - 8); row <= Math.min(bottom, y + 8); row++) {
                if (headerRows.get(row)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A table's body row starts within a few rows of y: a horizontal line of the cell border's
         * light blue-grey (drawn half a point wide, so spread over two rows of pixels) across at least
         * half the page's width. A heading, a caption or text never draws such a line.
         */
        boolean cellBorderNear(int y) {
            for (int row = Math.max(top, y); row <= Math.min(bottom, y + 3); row++) {
                if (borderRows.get(row)) {
                    return true;
                }
            }
            return false;
        }
    }

    private PageLayout() {
    }

    static List<Page> pages(Path pdf) throws Exception {
        Path dir = Files.createTempDirectory("pages");
        Poppler.run(List.of("pdftoppm", "-r", String.valueOf(DPI), "-png", pdf.toString(), dir.resolve("p").toString()));
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        List<Page> pages = new ArrayList<>();
        for (Path f : files) {
            pages.add(page(pages.size() + 1, ImageIO.read(f.toFile())));
        }
        FileSystemUtils.deleteRecursively(dir);
        return pages;
    }

    private static Page page(int number, BufferedImage img) {
        int top = img.getHeight() * TOP_MM / 297;
        int bottom = img.getHeight() * BOTTOM_MM / 297;
        int first = -1;
        int last = -1;
        BitSet header = new BitSet();
        BitSet border = new BitSet();
        int[] rgb = new int[img.getWidth()];
        for (int y = top; y <= bottom; y++) {
            img.getRGB(0, y, rgb.length, 1, rgb, 0, rgb.length);
            if (y < bottom && inked(rgb)) {
                first = first < 0 ? y : first;
                last = y;
            }
            header.set(y, headerBand(rgb));
            border.set(y, cellBorder(rgb));
        }
        return new Page(number, top, bottom, first, last, header, border);
    }

    private static boolean inked(int[] row) {
        for (int rgb : row) {
            if (((rgb >> 16) & 0xFF) < 235 || ((rgb >> 8) & 0xFF) < 235 || (rgb & 0xFF) < 235) {
                return true;
            }
        }
        return false;
    }

    /** At least half the row's width (every second pixel counted for two) in the header colour. */
    private static boolean headerBand(int[] row) {
        int n = 0;
        for (int x = 0; x < row.length; x += 2) {
            n += near(row[x], HEADER, 24) ? 2 : 0;
        }
        return n * 2 > row.length;
    }

    /** At least half the row's width (every second pixel counted for two) in the cell border's light blue-grey. */
    private static boolean cellBorder(int[] row) {
        int n = 0;
        for (int x = 0; x < row.length; x += 2) {
            int rgb = row[x];
            int r = (rgb >> 16) & 0xFF;
            int g = (rgb >> 8) & 0xFF;
            int b = rgb & 0xFF;
            n += r >= 185 && r <= 245 && r < g && g <= b ? 2 : 0;
        }
        return n * 2 > row.length;
    }

    static boolean near(int rgb, int colour, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xFF) - ((colour >> shift) & 0xFF)) > tolerance) {
                return false;
            }
        }
        return true;
    }

    /** Every word of the PDF with its box (points from the page's top left), NFKC-normalised. */
    static List<Word> words(Path pdf) throws Exception {
        String xml = Poppler.run(List.of("pdftotext", "-enc", "UTF-8", "-bbox", pdf.toString(), "-"));
        List<Word> words = new ArrayList<>();
        String[] pages = xml.split("<page ");
        Pattern word = Pattern.compile("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");
        for (int p = 1; p < pages.length; p++) {
            Matcher m = word.matcher(pages[p]);
            while (m.find()) {
                String text = Normalizer.normalize(unescape(m.group(5)), Normalizer.Form.NFKC);
                words.add(new Word(p, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                        Double.parseDouble(m.group(4)), text));
            }
        }
        return words;
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    /** Pairs of words printed over each other: on the same line (overlapping by half their height) and overlapping by more than a point. */
    static List<String> overprinted(List<Word> words) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word a = words.get(i);
            for (int j = i + 1; j < words.size() && words.get(j).page() == a.page(); j++) {
                Word b = words.get(j);
                double vertical = Math.min(a.y1(), b.y1()) - Math.max(a.y0(), b.y0());
                double horizontal = Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0());
                if (vertical > 0.5 * (a.y1() - a.y0()) && horizontal > 1.0) {
                    found.add("page " + a.page() + ": " + a.text() + " / " + b.text());
                }
            }
        }
        return found;
    }

    /**
     * Chinese set as a column of one or two characters a line: three or more words of at most two
     * ideographs each, one below the other at the same left edge, a line apart (not a row apart).
     */
    static List<String> stacked(List<Word> words) {
        List<Word> shortOnes = words.stream().filter(w -> w.text().codePointCount(0, w.text().length()) <= 2
                && w.text().codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                .sorted(Comparator.comparing(Word::page).thenComparing(w -> Math.round(w.x0())).thenComparing(Word::y0)).toList();
        List<String> found = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        for (Word w : shortOnes) {
            Word last = run.isEmpty() ? null : run.get(run.size() - 1);
            if (last != null && last.page() == w.page() && Math.abs(last.x0() - w.x0()) <= 1 && w.y0() - last.y0() > 0 && w.y0() - last.y0() <= 16.5) {
                run.add(w);
                continue;
            }
            report(run, found);
            run = new ArrayList<>(List.of(w));
        }
        report(run, found);
        return found;
    }

    private static void report(List<Word> run, List<String> found) {
        if (run.size() >= 3) {
            found.add("page " + run.get(0).page() + ": " + String.join("/", run.stream().map(Word::text).toList()));
        }
    }

    /** The page each chapter (first-level bookmark) starts on. */
    static List<Integer> chapterStarts(Path pdf) throws Exception {
        List<Integer> starts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDOutlineItem chapter : doc.getDocumentCatalog().getDocumentOutline().children()) {
                starts.add(doc.getPages().indexOf(chapter.findDestinationPage(doc)) + 1);
            }
        }
        return starts;
    }
}
