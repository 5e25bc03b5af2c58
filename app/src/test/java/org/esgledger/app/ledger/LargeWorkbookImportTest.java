package org.esgledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgledger.app.StoreTest;
import org.esgledger.app.TestActors;
import org.esgledger.app.TestWorkspaces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workbook of the defect "memory unbounded on workbooks": three data rows and a styled empty
 * cell in every row down to Excel's last, 1,048,576. It used to take 4 GB and print every blank
 * row; read as a stream it is read in a small heap and its blank rows are one range.
 */
@StoreTest
class LargeWorkbookImportTest {

    static final int LAST_ROW = 1_048_576;

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Ledgers ledgers;

    @TempDir
    Path dir;

    @BeforeEach
    void demo() {
        workspaces.demoToChange();
    }

    /** The donations template, three donations, and a filled (styled) empty cell in column A of every row after them. */
    private Path styledDownToTheLastRow() throws IOException {
        Path file = dir.resolve("捐赠台账-styled.xlsx");
        List<List<String>> donations = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            donations.add(List.of("2025-01-0" + i, "group", "某基金会", "CN", String.valueOf(1000 * i), "CNY", "教育", "现金", ""));
        }
        try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(new ByteArrayInputStream(ledgers.template("donations"))), 200);
             OutputStream out = Files.newOutputStream(file)) {
            CellStyle filled = wb.createCellStyle();
            filled.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            filled.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 1; r < LAST_ROW; r++) {
                Row row = sheet.createRow(r);
                if (r <= donations.size()) {
                    List<String> cells = donations.get(r - 1);
                    for (int c = 0; c < cells.size(); c++) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                } else {
                    row.createCell(0).setCellStyle(filled);
                }
            }
            wb.write(out);
            wb.dispose();
        }
        return file;
    }

    @Test
    void theStyledEmptyCellsDownToTheLastRowAreOneShortSkippedRange() throws IOException {
        Path file = styledDownToTheLastRow();
        ImportReport r = ledgers.importPath("donations", file, new ImportOptions(false, true, TestActors.manager("tester")));
        assertThat(r.accepted()).isEqualTo(3);
        assertThat(r.rejections()).isEmpty();
        assertThat(r.skipped().ranges()).containsExactly(new SkippedRows.Range(5, LAST_ROW, "blank"));
        assertThat(r.skipped().rows()).isEqualTo(LAST_ROW - 4);
        assertThat(r.skipped().summary().en()).isEqualTo("rows 5–1,048,576 blank");
        assertThat(r.skipped().summary().zh()).isEqualTo("第 5–1,048,576 行 空行");
    }

    @Test
    void theSameWorkbookIsReadInAChildJvmWithA128MegabyteHeap() throws Exception {
        Path file = styledDownToTheLastRow();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-cp", classpath, XlsxProbe.class.getName(), file.toString()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("lines=" + LAST_ROW, "skipped=rows 5–1,048,576 blank", "maxHeapMiB=12");
    }
}
