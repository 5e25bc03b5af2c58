package org.esgledger.app.readiness.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.esgledger.app.readiness.ReadinessReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessCacheTest {

    private final AtomicInteger computed = new AtomicInteger();

    private ReadinessReport report(int year) {
        computed.incrementAndGet();
        return new ReadinessReport(year, new ReadinessReport.Entities(1, 1), List.of(), Map.of(), 0,
                new ReadinessReport.Figures("", 0, 0, List.of(), List.of()), Optional.empty(), Map.of(), Optional.empty());
    }

    @Test
    void aReportIsKeptUntilTheNextRecordedChangeOrTheTemplateChanges(@TempDir Path dir) throws Exception {
        ReadinessCache<ReadinessReport> cache = new ReadinessCache<>();
        Path template = Files.writeString(dir.resolve("template.xml"), "<report/>");
        ReadinessReport first = cache.get(ReadinessCache.Key.of(2024, template, 7), () -> report(2024));
        assertThat(cache.get(ReadinessCache.Key.of(2024, template, 7), () -> report(2024))).isSameAs(first);
        assertThat(computed).hasValue(1);

        cache.get(ReadinessCache.Key.of(2024, template, 8), () -> report(2024));
        assertThat(computed).as("a change recorded since").hasValue(2);
        cache.get(ReadinessCache.Key.of(2023, template, 8), () -> report(2023));
        assertThat(computed).as("another year").hasValue(3);

        Files.writeString(template, "<report><chapter/></report>");
        Files.setLastModifiedTime(template, FileTime.fromMillis(Files.getLastModifiedTime(template).toMillis() + 5_000));
        cache.get(ReadinessCache.Key.of(2024, template, 8), () -> report(2024));
        assertThat(computed).as("the template file changed").hasValue(4);
        cache.get(ReadinessCache.Key.of(2024, dir.resolve("absent.xml"), 8), () -> report(2024));
        cache.get(ReadinessCache.Key.of(2024, dir.resolve("absent.xml"), 8), () -> report(2024));
        assertThat(computed).as("no template file: kept too").hasValue(5);
    }
}
