package org.esgledger.app.ledger.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgledger.app.intake.FormulaGuard;
import org.esgledger.engine.ledger.Column;

/**
 * A ledger kind as an XLSX workbook: the template people fill in ({@code esg template}) and the
 * export of records in the same layout. Sheet 1 holds the records under the Chinese headers, each
 * header with a comment (English name, required or not, allowed values) and a drop-down list where
 * the column takes coded values; every data cell is formatted as text, so what people type stays
 * exactly what they typed. Sheet 2 shows a filled-in example row, sheet 3 the rules.
 */
public final class LedgerWorkbook {

    /** Rows of sheet 1 that get the text format and the drop-down lists. */
    static final int PREPARED_ROWS = 5000;

    private LedgerWorkbook() {
    }

    public static <R> byte[] write(Ledger<R> kind, List<R> records) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = headerStyle(wb);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            Sheet data = wb.createSheet(kind.code());
            writeHeader(wb, data, kind.kind().columns(), header, true);
            int rows = Math.max(PREPARED_ROWS, records.size() + 1);
            for (int c = 0; c < kind.kind().columns().size(); c++) {
                data.setDefaultColumnStyle(c, text);
                data.setColumnWidth(c, 18 * 256);
            }
            int r = 1;
            Function<R, List<String>> cells = kind.cells();
            for (R record : records) {
                writeRow(data.createRow(r++), cells.apply(record), text);
            }
            validations(data, kind.kind().columns(), rows);
            data.createFreezePane(0, 1);

            Sheet example = wb.createSheet("填写示例 Example");
            writeHeader(wb, example, kind.kind().columns(), header, false);
            writeRow(example.createRow(1), cells.apply(kind.example()), text);
            for (int c = 0; c < kind.kind().columns().size(); c++) {
                example.setColumnWidth(c, 18 * 256);
            }

            Sheet notes = wb.createSheet("说明 Notes");
            List<String> lines = List.of(
                    "在第一个工作表中从第 2 行起每行填写一条记录；表头不可改名（可调整列顺序）。",
                    "Fill in one record per row of the first sheet, from row 2; keep the headers (columns may be reordered).",
                    "日期：2024-03-05、2024/3/5 或 2024年3月5日。数量可带单位，如“1,250 千克”“1.5小时”“1万元”。",
                    "Dates: 2024-03-05, 2024/3/5 or 2024年3月5日. Quantities may carry their unit: 1,250 千克, 1.5小时, 1万元.",
                    "不读取公式：请粘贴为数值。不得填写姓名、身份证号等个人信息。",
                    "Formulas are not read: paste values. No names, identity-card numbers or other personal data.",
                    "导入：esg import --ledger " + kind.code() + " 文件.xlsx");
            for (int i = 0; i < lines.size(); i++) {
                notes.createRow(i).createCell(0).setCellValue(lines.get(i));
            }
            notes.setColumnWidth(0, 120 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeHeader(XSSFWorkbook wb, Sheet sheet, List<Column> columns, CellStyle style, boolean comments) {
        Row row = sheet.createRow(0);
        CreationHelper factory = wb.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            var cell = row.createCell(c);
            cell.setCellValue(column.header().zh());
            cell.setCellStyle(style);
            if (comments) {
                ClientAnchor anchor = factory.createClientAnchor();
                anchor.setCol1(c);
                anchor.setCol2(c + 3);
                anchor.setRow1(0);
                anchor.setRow2(5);
                Comment comment = drawing.createCellComment(anchor);
                StringBuilder text = new StringBuilder(column.header().en())
                        .append(column.required() ? "\n必填 Required" : "\n选填 Optional");
                column.vocabulary().ifPresent(v -> text.append("\n可选值 Values: ").append(String.join("、", v.labels())));
                comment.setString(factory.createRichTextString(text.toString()));
                comment.setAuthor("ESG Ledger");
                cell.setCellComment(comment);
            }
        }
    }

    private static void writeRow(Row row, List<String> cells, CellStyle text) {
        for (int c = 0; c < cells.size(); c++) {
            var cell = row.createCell(c);
            cell.setCellStyle(text);
            cell.setCellValue(FormulaGuard.defuse(cells.get(c)));
        }
    }

    private static void validations(Sheet sheet, List<Column> columns, int rows) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < columns.size(); c++) {
            int column = c;
            columns.get(c).vocabulary().ifPresent(v -> {
                DataValidationConstraint list = helper.createExplicitListConstraint(v.labels().toArray(String[]::new));
                DataValidation validation = helper.createValidation(list, new CellRangeAddressList(1, rows - 1, column, column));
                validation.setShowErrorBox(false);
                sheet.addValidationData(validation);
            });
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook wb) {
        CellStyle style = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }
}
