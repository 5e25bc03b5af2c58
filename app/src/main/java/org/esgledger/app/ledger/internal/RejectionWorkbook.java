package org.esgledger.app.ledger.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.esgledger.app.ledger.Rejection;

/**
 * The rejection report of an import as an XLSX workbook: the columns of {@link RejectionFile}, the row
 * number as a number, every other cell as text (text format, defused: a cell starting with {@code =},
 * {@code +}, {@code -} or {@code @} gets a leading apostrophe, as in the CSV). Streamed by POI's
 * SXSSF, so a report of a million rejections is written in bounded memory.
 */
public final class RejectionWorkbook {

    private RejectionWorkbook() {
    }

    public static byte[] xlsx(List<Rejection> rejections) {
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            Sheet sheet = wb.createSheet("rejections");
            write(sheet.createRow(0), RejectionFile.HEADERS, text);
            int r = 1;
            for (Rejection rejection : rejections) {
                Row row = sheet.createRow(r++);
                List<String> cells = RejectionFile.cells(rejection);
                row.createCell(0).setCellValue(rejection.row());
                write(row, cells.subList(1, cells.size()), text, 1);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }

    private static void write(Row row, List<String> cells, CellStyle text) {
        write(row, cells, text, 0);
    }

    private static void write(Row row, List<String> cells, CellStyle text, int from) {
        for (int c = 0; c < cells.size(); c++) {
            var cell = row.createCell(from + c);
            cell.setCellStyle(text);
            cell.setCellValue(cells.get(c));
        }
    }
}
