package org.esgledger.app.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.esgledger.engine.report.Language;
import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.document.Cell;
import org.esgledger.engine.report.document.Document;
import org.esgledger.engine.report.document.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables that start near a page's foot, printed and read back by the words' positions. Each chapter
 * starts a page with a filler table one row longer than the last chapter's, so the table under test
 * starts a row's height lower on each page, down to where it no longer fits.
 */
class TableBreaksTest {

    /** The foot of the PDF's text area: 22 mm above the bottom of A4's 297 mm, in points. */
    static final double FOOT = (297 - 22) * 72 / 25.4;
    static final List<String> HEADER = List.of("Type", "Risk", "Description", "Impact", "Period", "Response");

    @TempDir
    Path dir;

    record Word(int page, double bottom, String text) {
    }

    @Test
    void aTableStartingNearAPageFootTakesItsHeaderRowWithItsFirstRowOrGoesWhole() throws IOException {
        Block.Table suppliers = new Block.Table("Suppliers", List.of("Indicator", "Unit", "2024"),
                IntStream.range(0, 4).mapToObj(i -> List.of(Cell.text("Total number of suppliers " + i), Cell.text("items"), Cell.text("304"))).toList(), 2);
        List<Word> words = print(suppliers);
        for (int page = 1; page <= lastPage(words); page++) {
            assertThat(lowest(words, page).text()).as("page " + page + " ends with the header row").isNotIn("Indicator", "Unit", "2024");
        }
        assertThat(IntStream.rangeClosed(1, lastPage(words)).filter(p -> lowestFiller(words, p) > 0
                && words.stream().anyMatch(w -> w.page() == p && w.text().equals("Suppliers"))).count())
                .as("tables started below their filler").isGreaterThan(3);
    }

    @Test
    void aRowTallerThanAThirdOfAPageBreaksAcrossPagesRatherThanLeaveTheRoomAboveItEmpty() throws IOException {
        String description = "Evaluate whether there are insurmountable technical difficulties in the research process. ".repeat(12);
        Block.Table register = new Block.Table("Risks", HEADER,
                List.of(List.of(Cell.text("Technical risk"), Cell.text("Technical risk"), Cell.text(description), Cell.text("Increased cost"),
                        Cell.text("Medium"), Cell.text("Confidentiality agreements.")), List.of(Cell.text("Talent risk"), Cell.text("Talent risk"),
                        Cell.text("Shortage of professionals."), Cell.text("Increased cost"), Cell.text("Short"), Cell.text("Training."))), 6);
        assertThat(PageKeeps.tall(register.rows().get(0), ColumnWidths.of(register))).isTrue();
        List<Word> words = print(register);
        int checked = 0;
        for (int page = 1; page <= lastPage(words); page++) {
            assertThat(lowest(words, page).text()).as("page " + page + " ends with the header row").isNotIn(HEADER);
            double filler = lowestFiller(words, page);
            if (filler > 0 && FOOT - filler > PageKeeps.TALL_ROW * 2 / 3) {
                checked++;
                int at = page;
                assertThat(words).as("page " + page + ": the register starts below the filler, its row breaking onto the next page")
                        .anySatisfy(w -> assertThat(w).isEqualTo(new Word(at, w.bottom(), "Risks")));
            }
        }
        assertThat(checked).isGreaterThan(3);
    }

    /** Chapters of a filler table of 12, 13 … 28 rows followed by the table. */
    List<Word> print(Block.Table table) throws IOException {
        List<Part> chapters = new ArrayList<>();
        for (int rows = 12; rows <= 28; rows++) {
            List<List<Cell>> filler = IntStream.range(0, rows).mapToObj(i -> List.of(Cell.text("filler " + i), Cell.text("1"))).toList();
            chapters.add(new Part("c" + rows, 1, "Chapter " + rows, List.of(new Block.Table("", List.of("Filler", "n"), filler, 1), table), List.of()));
        }
        Path pdf = dir.resolve("breaks.pdf");
        PdfEdition.write(new Document(Language.EN, 2024, "Org", "Title", chapters), pdf);
        List<Word> words = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    double bottom = positions.stream().mapToDouble(TextPosition::getYDirAdj).max().orElse(0);
                    for (String word : text.strip().split("\\s+")) {
                        words.add(new Word(getCurrentPageNo(), bottom, word));
                    }
                }
            };
            stripper.getText(doc);
        }
        return words.stream().filter(w -> w.bottom() < FOOT).toList();
    }

    static int lastPage(List<Word> words) {
        return words.stream().mapToInt(Word::page).max().orElse(0);
    }

    /** The page's lowest word in the text area (not the page number), or a blank word. */
    static Word lowest(List<Word> words, int page) {
        return words.stream().filter(w -> w.page() == page).reduce((a, b) -> b.bottom() > a.bottom() ? b : a).orElse(new Word(page, 0, ""));
    }

    static double lowestFiller(List<Word> words, int page) {
        return words.stream().filter(w -> w.page() == page && w.text().equals("filler")).mapToDouble(Word::bottom).max().orElse(0);
    }
}
