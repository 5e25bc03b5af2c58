package org.esgledger.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the workbooks of the XLSX benchmark with POI's streaming writer (SXSSF), as Excel-like
 * programs write them: an energy ledger of 2024 (the layout of {@link EnergyLedgerFile}: eight
 * entities, twelve months, nine carriers, quantities and costs as numbers, a distinct meter text per
 * row), with its texts either in the shared-string table or inline in the cells, and the same rows
 * as CSV for comparison; and the workbook of the defect: three rows and a styled empty cell in every
 * row down to Excel's last, 1,048,576.
 */
final class XlsxLedgerFiles {

    static final int LAST_ROW = 1_048_576;
    private static final String[] HEADER = {"所属主体", "月份", "能源/水种类", "用量", "计量单位", "金额", "供应商"};

    private XlsxLedgerFiles() {
    }

    /** The cells of row {@code i} of the energy ledger, from the generator's next numbers (quantity and cost in cents). */
    private static Object[] energyRow(Random random, int i) {
        String[] carrier = EnergyLedgerFile.CARRIERS.get(random.nextInt(EnergyLedgerFile.CARRIERS.size()));
        int month = random.nextInt(12);
        long quantity = 1 + random.nextInt(10_000_000);
        long cost = 1 + random.nextInt(100_000_000);
        String entity = EnergyLedgerFile.ENTITIES.get(random.nextInt(EnergyLedgerFile.ENTITIES.size()));
        return new Object[] {entity, String.format("2024-%02d", 1 + month), carrier[0], quantity, carrier[1], cost,
                "供应商" + random.nextInt(50) + "/表" + i};
    }

    /** An energy ledger of {@code rows} rows (plus the header), texts shared or inline, quantities and costs as numbers. */
    static Path ledger(Path file, int rows, boolean sharedStrings, long seed) throws IOException {
        Files.createDirectories(file.getParent());
        Random random = new Random(seed);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 500, true, sharedStrings); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("能源台账");
            header(sheet.createRow(0));
            for (int i = 0; i < rows; i++) {
                Object[] cells = energyRow(random, i);
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] instanceof Long cents) {
                        row.createCell(c).setCellValue(cents / 100.0);
                    } else {
                        row.createCell(c).setCellValue((String) cells[c]);
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
        return file;
    }

    /** The same ledger as CSV (UTF-8), for comparing an XLSX import with a CSV import of the same rows. */
    static Path csv(Path file, int rows, long seed) throws IOException {
        Files.createDirectories(file.getParent());
        Random random = new Random(seed);
        try (java.io.BufferedWriter out = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            out.write(String.join(",", HEADER) + "\n");
            for (int i = 0; i < rows; i++) {
                Object[] cells = energyRow(random, i);
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < cells.length; c++) {
                    line.append(c == 0 ? "" : ",").append(cells[c] instanceof Long cents
                            ? cents / 100 + "." + String.format("%02d", cents % 100) : cells[c]);
                }
                out.write(line.append('\n').toString());
            }
        }
        return file;
    }

    /** Three energy rows of 2024, then a filled empty cell in column A of every row down to 1,048,576. */
    static Path styledDownToTheLastRow(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 500, true, true); OutputStream out = Files.newOutputStream(file)) {
            CellStyle filled = wb.createCellStyle();
            filled.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            filled.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Sheet sheet = wb.createSheet("能源台账");
            header(sheet.createRow(0));
            String[][] rows = {{"group", "2024-01", "电力", "1200.5", "度", "960.4", "供电局/表1"},
                    {"tangxia", "2024-02", "天然气", "310", "方", "1085", "燃气公司/表2"},
                    {"site_xiamen", "2024-03", "自来水", "88", "吨", "352", "水务/表3"}};
            for (int r = 1; r < LAST_ROW; r++) {
                Row row = sheet.createRow(r);
                if (r <= rows.length) {
                    for (int c = 0; c < HEADER.length; c++) {
                        if (c == 3 || c == 5) {
                            row.createCell(c).setCellValue(Double.parseDouble(rows[r - 1][c]));
                        } else {
                            row.createCell(c).setCellValue(rows[r - 1][c]);
                        }
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

    private static void header(Row row) {
        for (int c = 0; c < HEADER.length; c++) {
            row.createCell(c).setCellValue(HEADER[c]);
        }
    }

    /** The benchmark's files in {@code dir}, written if missing: the styled-empty workbook, then per size shared, inline, CSV. */
    static java.util.List<Path> writeMissing(Path dir) throws IOException {
        java.util.List<Path> files = new java.util.ArrayList<>();
        Path styled = dir.resolve("styled-empty-1048576.xlsx");
        if (!Files.isRegularFile(styled)) {
            styledDownToTheLastRow(styled);
        }
        files.add(styled);
        for (int rows : new int[] {300_000, 1_000_000}) {
            Path shared = dir.resolve("energy-" + rows + "-shared.xlsx");
            Path inline = dir.resolve("energy-" + rows + "-inline.xlsx");
            Path csv = dir.resolve("energy-" + rows + ".csv");
            if (!Files.isRegularFile(shared)) {
                ledger(shared, rows, true, 42L);
            }
            if (!Files.isRegularFile(inline)) {
                ledger(inline, rows, false, 42L);
            }
            if (!Files.isRegularFile(csv)) {
                csv(csv, rows, 42L);
            }
            files.addAll(java.util.List.of(shared, inline, csv));
        }
        return files;
    }

    /** Writes the benchmark's files into a folder: {@code XlsxLedgerFiles DIR}. */
    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        writeMissing(Path.of(args.length > 0 ? args[0] : "bench/target/xlsx"));
        System.out.printf("written in %,d ms%n", (System.nanoTime() - start) / 1_000_000);
    }
}
