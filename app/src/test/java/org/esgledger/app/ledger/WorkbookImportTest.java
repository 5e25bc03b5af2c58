package org.esgledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgledger.app.StoreTest;
import org.esgledger.app.TestActors;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.engine.i18n.EsgException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Ledgers as workbooks: templates filled in and imported, exports re-imported, hostile workbooks refused. */
@StoreTest
class WorkbookImportTest {

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Ledgers ledgers;
    @Autowired
    JdbcClient jdbc;

    private static final ImportOptions REPLACE = new ImportOptions(false, true, TestActors.manager("tester"));

    @BeforeEach
    void demo() {
        workspaces.demoToChange();
    }

    /** The template with the given rows typed into its first sheet, as a person would. */
    static byte[] fill(byte[] template, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The example row of the template's second sheet. */
    static List<String> example(byte[] template) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row row = wb.getSheetAt(1).getRow(1);
            String[] cells = new String[row.getLastCellNum()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue();
            }
            return Arrays.asList(cells);
        }
    }

    private long records() {
        return jdbc.sql("select (select count(*) from employee_record) + (select count(*) from waste_record) + "
                + "(select count(*) from training_record) + (select count(*) from donation_record) + (select count(*) from supplier_record)")
                .query(Long.class).single();
    }

    @Test
    void everyKindsTemplateFilledInImportsAndItsExportRoundTrips() throws IOException {
        for (String kind : ledgers.kinds()) {
            byte[] template = ledgers.template(kind);
            byte[] filled = fill(template, List.of(example(template)));
            // named like the demo's file, so that it supersedes the demo's batch: the kind then holds just this row
            String name = jdbc.sql("select file_name from ledger_batch where kind = ? and superseded_by is null").param(kind)
                    .query(String.class).optional().orElse(kind + ".xlsx");
            ImportReport first = ledgers.importFile(kind, new SourceFile(name, filled), REPLACE);
            assertThat(first.rejections()).as(kind).isEmpty();
            assertThat(first.accepted()).as(kind).isEqualTo(1);
            assertThat(first.encoding()).as(kind).startsWith("XLSX, sheet " + kind);
            byte[] exported = ledgers.exportWorkbook(kind);
            String csvBefore = new String(ledgers.export(kind), StandardCharsets.UTF_8);
            ImportReport again = ledgers.importFile(kind, new SourceFile(name, exported), REPLACE);
            assertThat(again.rejections()).as(kind).isEmpty();
            assertThat(again.replaced()).as(kind).contains(first.batch().orElseThrow());
            assertThat(csvBefore.lines()).as(kind).hasSize(2);
            assertThat(new String(ledgers.export(kind), StandardCharsets.UTF_8)).as(kind).isEqualTo(csvBefore);
        }
    }

    @Test
    void theExampleSheetCanBeChosenByName() throws IOException {
        byte[] template = ledgers.template("waste");
        ImportReport r = ledgers.importFile("waste", new SourceFile("t.xlsx", template),
                new ImportOptions(true, false, TestActors.manager("tester"), Optional.of("填写示例 Example")));
        assertThat(r.accepted()).isEqualTo(1);
        EsgException missing = catchThrowableOfType(EsgException.class, () -> ledgers.importFile("waste",
                new SourceFile("t.xlsx", template), new ImportOptions(true, false, TestActors.manager("tester"), Optional.of("Sheet9"))));
        assertThat(missing.text().en()).contains("No sheet named \"Sheet9\"").contains("填写示例 Example");
    }

    @Test
    void aRowWhoseValueIsAFormulaIsRejectedButAFormulaTotalRowIsSkipped() throws IOException {
        byte[] template = ledgers.template("donations");
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(fill(template, List.of(
                List.of("2025-01-02", "group", "某基金会", "CN", "1000", "CNY", "教育", "现金", ""),
                List.of("2025-01-03", "group", "某基金会", "CN", "", "CNY", "教育", "现金", "")))));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            sheet.getRow(2).getCell(4).setCellFormula("E2*2");
            Row total = sheet.createRow(3);
            total.createCell(0).setCellValue("合计");
            total.createCell(4).setCellFormula("SUM(E2:E3)");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            filled = out.toByteArray();
        }
        ImportReport r = ledgers.importFile("donations", new SourceFile("formula.xlsx", filled), REPLACE);
        assertThat(r.accepted()).isEqualTo(1);
        assertThat(r.rejections()).singleElement().satisfies(x -> {
            assertThat(x.row()).isEqualTo(3);
            assertThat(x.column()).isEqualTo("amount");
            assertThat(x.reason().en()).isEqualTo("Cell E3 holds a formula; ESG Ledger reads values, not formulas: paste values");
        });
        assertThat(r.skipped().ranges()).contains(new SkippedRows.Range(4, 4, "total"));
    }

    @Test
    void hostileAndBrokenWorkbooksAreRefusedWithNothingWritten() throws IOException {
        long before = records();
        byte[] template = ledgers.template("waste");

        byte[] truncated = Arrays.copyOf(template, template.length / 2);
        assertThat(refused("waste", "truncated.xlsx", truncated)).contains("not a readable workbook");

        byte[] bomb = replaceEntry(template, "xl/worksheets/sheet1.xml", sheet -> {
            String xml = new String(sheet, StandardCharsets.UTF_8);
            int at = xml.indexOf("<sheetData");
            return (xml.substring(0, at) + " ".repeat(50_000_000) + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
        });
        assertThat(bomb.length).isLessThan(1_000_000);
        assertThat(refused("waste", "bomb.xlsx", bomb)).contains("not a readable workbook").containsIgnoringCase("zip bomb");

        byte[] xxe = replaceEntry(template, "xl/sharedStrings.xml", strings -> ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>&xxe;</t></si></sst>")
                .getBytes(StandardCharsets.UTF_8));
        String xxeMessage = refused("waste", "xxe.xlsx", xxe);
        assertThat(xxeMessage).contains("not a readable workbook").doesNotContain("root:");

        assertThat(records()).isEqualTo(before);
    }

    private String refused(String kind, String name, byte[] bytes) {
        EsgException e = catchThrowableOfType(EsgException.class, () -> ledgers.importFile(kind, new SourceFile(name, bytes), REPLACE));
        assertThat(e).as(name).isNotNull();
        assertThat(e.text().zh()).as(name).contains("不是可读取的工作簿");
        return e.text().en();
    }

    /** A copy of a zip with one entry's content changed. */
    static byte[] replaceEntry(byte[] zip, String name, java.util.function.UnaryOperator<byte[]> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(9);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(e.getName().equals(name) ? change.apply(content) : content);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
