package org.esgledger.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The engine knows no company: the demo's seed company (its names in Chinese and English, its
 * subsidiaries, branch, sites, stock code, and the seed dataset it was extracted into) appears
 * nowhere in the engine's main sources and resources, code or comments. The demo's own data lives
 * in the application's {@code demo/} package and resources.
 */
class NoSeedCompanyNamesTest {

    /** Matched case-insensitively. */
    static final List<String> SEED_COMPANY = List.of(
            "熵基", "zkteco", "301330", "塘厦", "tangxia", "樟木头", "zhangmutou", "site_dongguan", "site_xiamen", "数说2024",
            "seed report", "seed dataset", "seed check", "seed company", "seedcheck", "seed_check");

    static final Path MAIN = Path.of("src/main");

    @Test
    void engineMainSourcesNameNoSeedCompany() throws IOException {
        assertThat(MAIN).as("run from the engine module").isDirectory();
        List<Path> files;
        try (Stream<Path> all = Files.walk(MAIN)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("sources scanned").hasSizeGreaterThan(100);
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).toLowerCase(Locale.ROOT);
                for (String name : SEED_COMPANY) {
                    if (line.contains(name.toLowerCase(Locale.ROOT))) {
                        found.add(file + ":" + (i + 1) + " names \"" + name + "\"");
                    }
                }
            }
        }
        assertThat(found).as("seed-company names in engine/src/main").isEmpty();
    }
}
