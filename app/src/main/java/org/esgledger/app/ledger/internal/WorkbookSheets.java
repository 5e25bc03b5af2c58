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
 * Reads one sheet of an XLSX or XLS workbook as rows of cell texts, the way Excel shows them:
 * numbers in Excel's shortest form, date-formatted cells as ISO dates, text as typed. Apache POI's
 * defences stay on (zip-bomb ratio check, no external entities), and a workbook they refuse, or that
 * is truncated or corrupt, is refused as a whole with the reason.
 */
final class WorkbookSheets {

    private WorkbookSheets() {
    }

    static boolean isWorkbook(byte[] b) {
        return b.length >= 4 && ((b[0] == 0x50 && b[1] == 0x4B && b[2] == 0x03 && b[3] == 0x04)
                || ((b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && b[2] == 0x11 && (b[3] & 0xFF) == 0xE0));
    }

    static SheetReader.Sheet read(SourceFile file, Optional<String> sheetName) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file.bytes()))) {
            Sheet sheet = sheetName.isPresent() ? workbook.getSheet(sheetName.get()) : firstVisible(workbook);
            if (sheet == null) {
                List<String> names = new ArrayList<>();
                workbook.forEach(s -> names.add(s.getSheetName()));
                throw new EsgException(AppMessages.of("xlsx.noSheet", sheetName.orElse(""), String.join(", ", names)));
            }
            List<List<String>> rows = new ArrayList<>();
            Set<String> formulas = new HashSet<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        if (cell != null && cell.getCellType() == CellType.FORMULA) {
                            formulas.add((r + 1) + ":" + c);
                        }
                        cells.add(cell == null ? "" : text(cell, cell.getCellType() == CellType.FORMULA
                                ? cell.getCachedFormulaResultType() : cell.getCellType()));
                    }
                }
                rows.add(cells);
            }
            String format = (file.bytes()[0] == 0x50 ? "XLSX" : "XLS") + ", sheet " + sheet.getSheetName();
            return new SheetReader.Sheet(rows, format, formulas);
        } catch (EsgException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            throw new EsgException(AppMessages.of("xlsx.unreadable", file.shortName(), String.valueOf(e.getMessage())), e);
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
