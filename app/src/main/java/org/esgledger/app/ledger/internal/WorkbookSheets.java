package org.esgledger.app.ledger.internal;

import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.engine.i18n.EsgException;

/**
 * Tells workbooks by their first bytes, and reads one sheet of an old binary XLS workbook (or an
 * OLE2 container, as a password-protected XLSX is) whole, through Apache POI's usermodel: XLS
 * files are small (Excel 97–2003 stops at 65,536 rows) and come within the {@link SourceFile}
 * size limit. Cells are read as {@link XlsxRows} reads them. XLSX is streamed by {@link XlsxWorkbook}.
 */
final class WorkbookSheets {

    private WorkbookSheets() {
    }

    /** A zip archive, as every XLSX is. */
    static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 0x50 && b[1] == 0x4B && b[2] == 0x03 && b[3] == 0x04;
    }

    /** An OLE2 compound file: an XLS workbook, or an encrypted XLSX. */
    static boolean isOle2(byte[] b) {
        return b.length >= 4 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && b[2] == 0x11 && (b[3] & 0xFF) == 0xE0;
    }

    /** The lines of a sheet (by name, or the first visible one), and the format they were read as. */
    record Read(List<LedgerInput.Line> lines, String format) {
    }

    static Read read(SourceFile file, Optional<String> sheetName) {
        WorkbookRefusal refusal = new WorkbookRefusal(file.shortName());
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file.bytes()))) {
            Sheet sheet = sheetName.isPresent() ? workbook.getSheet(sheetName.get()) : firstVisible(workbook);
            if (sheet == null) {
                List<String> names = new ArrayList<>();
                workbook.forEach(s -> names.add(s.getSheetName()));
                throw new EsgException(AppMessages.of("xlsx.noSheet", sheetName.orElse(""), String.join(", ", names)));
            }
            List<LedgerInput.Line> lines = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                Set<Integer> formulas = new HashSet<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        if (cell != null && cell.getCellType() == CellType.FORMULA) {
                            formulas.add(c);
                        }
                        cells.add(cell == null ? "" : text(cell, cell.getCellType() == CellType.FORMULA
                                ? cell.getCachedFormulaResultType() : cell.getCellType()));
                    }
                }
                lines.add(new LedgerInput.Line(r + 1, cells, formulas.isEmpty() ? Set.of() : formulas));
            }
            return new Read(lines, (isZip(file.bytes()) ? "XLSX" : "XLS") + ", sheet " + sheet.getSheetName());
        } catch (EsgException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            throw refusal.of(e, "");
        }
    }

    private static Sheet firstVisible(Workbook workbook) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                return workbook.getSheetAt(i);
            }
        }
        return null;
    }

    private static String text(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getDateCellValue().toInstant().atZone(ZoneOffset.systemDefault()).toLocalDate().toString()
                    : NumberToTextConverter.toText(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "true" : "false";
            case ERROR -> "#ERROR";
            default -> "";
        };
    }
}
