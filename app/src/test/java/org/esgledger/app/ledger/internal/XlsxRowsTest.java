package org.esgledger.app.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.esgledger.app.intake.SourceFile;
import org.esgledger.engine.i18n.EsgException;
import org.junit.jupiter.api.Test;

/** XLSX sheets read as a stream: cells as Excel shows them, limits told apart from corruption, nothing of POI's words shown. */
class XlsxRowsTest {

    private static final String SHARED = "<sst xmlns=\"" + MiniXlsx.MAIN + "\" count=\"2\" uniqueCount=\"2\"><si><t>单位</t></si>"
            + "<si><r><t xml:space=\"preserve\">富 </t></r><r><rPr><b/></rPr><t>文本</t></r><rPh sb=\"0\" eb=\"1\"><t>ふ</t></rPh></si></sst>";

    static List<LedgerInput.Line> lines(byte[] xlsx) {
        try (LedgerInput in = LedgerInput.of(new SourceFile("t.xlsx", xlsx), Optional.empty())) {
            List<LedgerInput.Line> lines = new ArrayList<>();
            in.forEachRemaining(lines::add);
            return lines;
        }
    }

    @Test
    void cellsAreReadAsExcelShowsThemAndRowsByTheirNumbers() {
        byte[] xlsx = MiniXlsx.workbook("<dimension ref=\"A1:K4\"/><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>名称</t></is></c><c r=\"C1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\"><v>1234.5</v></c><c r=\"C3\" s=\"1\"><v>45658</v></c>"
                + "<c r=\"D3\" s=\"2\"><v>45659.75</v></c><c r=\"E3\" t=\"b\"><v>1</v></c><c r=\"F3\" t=\"e\"><v>#DIV/0!</v></c>"
                + "<c r=\"G3\"><f>B3*2</f><v>2469</v></c><c r=\"H3\" t=\"str\"><f>A3</f><v>x_x000D_y</v></c>"
                + "<c r=\"J3\" s=\"3\"><v>0.1</v></c><c r=\"K3\" s=\"1\"/><c r=\"XFD3\" s=\"2\"/></row>"
                + "<row><c t=\"inlineStr\"><is><r><t>富</t></r><r><t>文本</t></r><rPh><t>ふ</t></rPh></is></c><c><v>1E-3</v></c></row>"
                + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>", SHARED, MiniXlsx.STYLES, false);
        try (LedgerInput in = LedgerInput.of(new SourceFile("t.xlsx", xlsx), Optional.empty())) {
            assertThat(in.encoding()).isEqualTo("XLSX, sheet 台账");
        }
        List<LedgerInput.Line> lines = lines(xlsx);
        assertThat(lines).extracting(LedgerInput.Line::number).containsExactly(1, 2, 3, 4);
        assertThat(lines.get(0).cells()).containsExactly("名称", "", "单位");
        assertThat(lines.get(1).cells()).isEmpty();
        assertThat(lines.get(2).cells()).containsExactly("富 文本", "1234.5", "2025-01-01", "2025-01-02", "true", "#ERROR", "2469",
                "x\ry", "", "0.1");
        assertThat(lines.get(2).formulas()).containsExactlyInAnyOrder(6, 7);
        assertThat(lines.get(0).formulas()).isEmpty();
        assertThat(lines.get(3).cells()).containsExactly("富文本", "0.001");
    }

    @Test
    void datesFollowTheWorkbooksDateSystem() {
        String data = "<sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"><v>45658</v></c></row></sheetData>";
        assertThat(lines(MiniXlsx.workbook(data, null, MiniXlsx.STYLES, false)).get(0).cells())
                .containsExactly(LocalDate.of(1899, 12, 30).plusDays(45658).toString());
        assertThat(lines(MiniXlsx.workbook(data, null, MiniXlsx.STYLES, true)).get(0).cells())
                .containsExactly(LocalDate.of(1904, 1, 1).plusDays(45658).toString());
        assertThat(lines(MiniXlsx.workbook(data, null, null, false)).get(0).cells()).containsExactly("45658");
    }

    @Test
    void theSheetIsChosenByNameOrAsTheFirstVisibleOne() {
        byte[] xlsx = MiniXlsx.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        try (LedgerInput in = LedgerInput.of(new SourceFile("t.xlsx", xlsx), Optional.of("Hidden"))) {
            assertThat(in.encoding()).isEqualTo("XLSX, sheet Hidden");
        }
        EsgException missing = catchThrowableOfType(EsgException.class,
                () -> LedgerInput.of(new SourceFile("t.xlsx", xlsx), Optional.of("Sheet9")));
        assertThat(missing.text().en()).isEqualTo("No sheet named \"Sheet9\"; the workbook has: Hidden, 台账");
    }

    @Test
    void limitsAreToldApartFromCorruptOrUnsafeWorkbooks() {
        String longText = "x".repeat(XlsxLimits.MAX_CELL_CHARS + 1);
        assertRefused(MiniXlsx.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ok</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>" + longText + "</t></is></c></row>"),
                "xlsx.tooLarge.cell", "is too large: cell B2 of sheet 台账 holds more than 32,767 characters, Excel's limit for a cell");
        assertRefused(MiniXlsx.workbook("<sheetData/>", "<sst xmlns=\"" + MiniXlsx.MAIN + "\"><si><t>a</t></si><si><t>" + longText
                        + "</t></si></sst>", null, false),
                "xlsx.tooLarge.text", "shared text number 2 is longer than 32,767 characters");
        assertRefused(MiniXlsx.sheet("<row r=\"1\"><c r=\"AMK1\"><v>1</v></c></row>"),
                "xlsx.tooLarge.columns", "cell AMK1 of sheet 台账 holds a value beyond column AMJ; ledgers are read up to 1,024 columns");
        assertRefused(MiniXlsx.sheet("<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>"),
                "xlsx.tooLarge.rows", "row 1,048,577 of sheet 台账 is beyond the last row a sheet can have (1,048,576)");

        assertRefused(MiniXlsx.sheet("<row r=\"5\"/><row r=\"4\"/>"), "xlsx.unreadable.rowOrder", "row 4 of sheet 台账 comes after row 5");
        assertRefused(MiniXlsx.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>"), "xlsx.unreadable.textRef",
                "cell A1 of sheet 台账 refers to shared text number 7, but the workbook has 0");
        assertRefused(MiniXlsx.sheet("<row r=\"1\"><c r=\"A1\"><v>12a</v></c></row>"), "xlsx.unreadable.number",
                "cell A1 of sheet 台账 is marked as a number but holds \"12a\"");
        assertRefused(MiniXlsx.sheet("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>"), "xlsx.unreadable.reference", "\"1A\" in sheet 台账");
        assertRefused(MiniXlsx.sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></row>"), "xlsx.unreadable.xml",
                "part xl/worksheets/sheet1.xml is not well-formed XML (line 1, column");
        byte[] doctype = MiniXlsx.workbook("<sheetData/>", "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<sst xmlns=\"" + MiniXlsx.MAIN + "\"><si><t>&xxe;</t></si></sst>", null, false);
        assertRefused(doctype, "xlsx.unreadable.dtd", "part xl/sharedStrings.xml declares a DTD or entities");
        assertRefused(MiniXlsx.workbook(" ".repeat(5_000_000) + "<sheetData/>", null, null, false), "xlsx.unreadable.zipBomb",
                "part xl/worksheets/sheet1.xml expands far beyond its compressed size and is refused as unsafe (a possible zip bomb)");
        byte[] valid = MiniXlsx.sheet("<row r=\"1\"/>");
        assertRefused(Arrays.copyOf(valid, valid.length - 30), "xlsx.unreadable.package", "not a complete XLSX package");
    }

    private static void assertRefused(byte[] xlsx, String key, String en) {
        EsgException e = catchThrowableOfType(EsgException.class, () -> lines(xlsx));
        assertThat(e).as(key).isNotNull();
        assertThat(e.problem().key()).isEqualTo(key);
        assertThat(e.text().en()).startsWith("t.xlsx ").contains(en).doesNotContainIgnoringCase("bugzilla")
                .doesNotContain("Exception").doesNotContain("POI").doesNotContain("root:");
        assertThat(e.text().zh()).startsWith("t.xlsx ").contains(key.startsWith("xlsx.tooLarge") ? "过大" : "不是可读取的工作簿");
    }

    @Test
    void aWorkbookGivenAsBytesLeavesNoTemporaryCopy() throws IOException {
        Set<Path> before = copies();
        lines(MiniXlsx.sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"));
        catchThrowableOfType(EsgException.class, () -> lines(MiniXlsx.sheet("<row r=\"1\"><c r=\"A1\"><v>x</v></c></row>")));
        catchThrowableOfType(EsgException.class, () -> LedgerInput.of(new SourceFile("t.xlsx",
                MiniXlsx.sheet("<row r=\"1\"/>")), Optional.of("none")));
        assertThat(copies()).isEqualTo(before);
    }

    private static Set<Path> copies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return Set.copyOf(files.filter(p -> p.getFileName().toString().startsWith("esg-ledger-")).toList());
        }
    }
}
