package org.esgledger.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic energy and water ledger of any length in the layout `esg import --ledger
 * energy` reads: eight entities, sixty months, nine carriers, each in one unit, quantities and costs
 * with two decimals, a meter number that makes every row distinct.
 */
final class EnergyLedgerFile {

    static final List<String> ENTITIES = List.of("group", "zkteco", "tangxia", "guangdong_zkteco", "xiamen_zkteco",
            "shenzhen_zkteco", "site_dongguan", "site_xiamen");
    static final List<String[]> CARRIERS = List.of(new String[] {"电力", "度"}, new String[] {"天然气", "方"},
            new String[] {"柴油", "吨"}, new String[] {"汽油", "吨"}, new String[] {"液化石油气", "吨"}, new String[] {"燃料油", "吨"},
            new String[] {"外购热力", "GJ"}, new String[] {"自来水", "吨"}, new String[] {"中水", "方"});

    private EnergyLedgerFile() {
    }

    static Path write(Path file, int rows, long seed) throws IOException {
        Files.createDirectories(file.getParent());
        Random random = new Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("所属主体,月份,能源/水种类,用量,计量单位,金额,供应商\n");
            for (int i = 0; i < rows; i++) {
                String[] carrier = CARRIERS.get(random.nextInt(CARRIERS.size()));
                int month = random.nextInt(60);
                long quantity = 1 + random.nextInt(10_000_000);
                long cost = 1 + random.nextInt(100_000_000);
                out.write(ENTITIES.get(random.nextInt(ENTITIES.size())));
                out.write(',');
                out.write(String.format("%d-%02d", 2020 + month / 12, 1 + month % 12));
                out.write(',');
                out.write(carrier[0]);
                out.write(',');
                out.write(quantity / 100 + "." + String.format("%02d", quantity % 100));
                out.write(',');
                out.write(carrier[1]);
                out.write(',');
                out.write(cost / 100 + "." + String.format("%02d", cost % 100));
                out.write(",供应商");
                out.write(Integer.toString(random.nextInt(50)));
                out.write("/表");
                out.write(Integer.toString(i));
                out.write('\n');
            }
        }
        return file;
    }
}
