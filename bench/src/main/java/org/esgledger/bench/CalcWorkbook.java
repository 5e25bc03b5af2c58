package org.esgledger.bench;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.esgledger.engine.calc.InputValue;
import org.esgledger.engine.organisation.ReportingEntity;

/**
 * The synthetic group as the workbook a company keeps today: one row per entity and year, one
 * column per indicator (and per gender for the first 50); the sites' values entered, the
 * subsidiaries' and the group's rolled up with {@code SUMIFS} over the parent column, the derived
 * indicators as cell formulas (a prior year is the row above). No cached results are written: the
 * spreadsheet must compute everything.
 */
final class CalcWorkbook {

    private CalcWorkbook() {
    }

    static void write(SyntheticGroup g, Path file) throws Exception {
        Map<String, BigDecimal> values = new HashMap<>();
        for (InputValue v : g.inputs) {
            values.put(v.key().indicator() + "|" + v.key().breakdown().code() + "|" + v.key().entity() + "|" + v.key().period().code(),
                    v.value());
        }
        int baseCol = 3;
        int genderCol = baseCol + SyntheticGroup.BASE;
        int derivedCol = genderCol + 2 * SyntheticGroup.BY_GENDER;
        int rows = g.entities.size() * SyntheticGroup.YEARS;
        int last = rows + 1;
        Files.createDirectories(file.getParent());
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = wb.createSheet("data");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("entity");
            header.createCell(1).setCellValue("parent");
            header.createCell(2).setCellValue("year");
            for (int i = 0; i < SyntheticGroup.BASE; i++) {
                header.createCell(baseCol + i).setCellValue(SyntheticGroup.base(i));
            }
            for (int i = 0; i < SyntheticGroup.BY_GENDER; i++) {
                header.createCell(genderCol + 2 * i).setCellValue(SyntheticGroup.base(i) + "[gender=female]");
                header.createCell(genderCol + 2 * i + 1).setCellValue(SyntheticGroup.base(i) + "[gender=male]");
            }
            for (int k = 0; k < SyntheticGroup.DERIVED; k++) {
                header.createCell(derivedCol + k).setCellValue(SyntheticGroup.derived(k));
            }
            int r = 1;
            for (ReportingEntity e : g.entities) {
                boolean site = g.sites.contains(e.code());
                for (int y = SyntheticGroup.FIRST_YEAR; y < SyntheticGroup.FIRST_YEAR + SyntheticGroup.YEARS; y++, r++) {
                    var row = sheet.createRow(r);
                    int excelRow = r + 1;
                    row.createCell(0).setCellValue(e.code());
                    row.createCell(1).setCellValue(e.parent().orElse(""));
                    row.createCell(2).setCellValue(y);
                    for (int c = baseCol; c < derivedCol; c++) {
                        String indicator = c < genderCol ? SyntheticGroup.base(c - baseCol) : SyntheticGroup.base((c - genderCol) / 2);
                        String breakdown = c < genderCol ? "" : (c - genderCol) % 2 == 0 ? "gender=female" : "gender=male";
                        if (site) {
                            row.createCell(c).setCellValue(values.get(indicator + "|" + breakdown + "|" + e.code() + "|" + y).intValueExact());
                        } else {
                            String col = CellReference.convertNumToColString(c);
                            row.createCell(c).setCellFormula("SUMIFS(" + col + "$2:" + col + "$" + last + ",$B$2:$B$" + last + ",$A" + excelRow
                                    + ",$C$2:$C$" + last + ",$C" + excelRow + ")");
                        }
                    }
                    for (int k = 0; k < SyntheticGroup.DERIVED; k++) {
                        row.createCell(derivedCol + k).setCellFormula(formula(k, excelRow, y, baseCol, genderCol, derivedCol));
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }

    private static String formula(int k, int row, int year, int baseCol, int genderCol, int derivedCol) {
        int a = (2 * k) % SyntheticGroup.BASE;
        int b = (2 * k + 2) % SyntheticGroup.BASE;
        int c = (2 * k + 4) % SyntheticGroup.BASE;
        switch (k % 4) {
            case 0:
                return cell(baseCol + a, row) + "/" + cell(baseCol + b, row) + "*100";
            case 1:
                return cell(baseCol + a, row) + "+" + cell(baseCol + b, row) + "-" + cell(baseCol + c, row);
            case 2:
                return year == SyntheticGroup.FIRST_YEAR ? "NA()" : cell(derivedCol + k - 1, row) + "*2+" + cell(baseCol + a, row - 1);
            default:
                int i = a % SyntheticGroup.BY_GENDER;
                return cell(genderCol + 2 * i, row) + "/" + cell(baseCol + i, row) + "*100";
        }
    }

    private static String cell(int col, int row) {
        return CellReference.convertNumToColString(col) + row;
    }
}
