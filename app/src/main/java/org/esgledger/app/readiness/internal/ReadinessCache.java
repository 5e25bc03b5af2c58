package org.esgledger.app.readiness.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.esgledger.app.readiness.ReadinessReport;

/**
 * The readiness reports last computed for everything a workspace holds, kept until the next recorded
 * change: every write goes through the one change mechanism, which moves the audit chain's head
 * (docs/audit.md), so a report computed at a head is the report of that head; the template file's size
 * and time of change are part of the key too, as the template is a file, not a row. The dashboard asks
 * for it at every request; without this every request composed the whole report template.
 */
public final class ReadinessCache {

    /** More keys than this (several years, templates or heads) and the old ones go. */
    private static final int KEPT = 16;

    private final Map<Key, ReadinessReport> reports = new ConcurrentHashMap<>();

    /** What a report depends on besides the store's rows. */
    public record Key(int year, String template, long size, long modified, long head) {

        public static Key of(int year, Path template, long head) {
            try {
                boolean file = Files.isRegularFile(template);
                return new Key(year, template.toAbsolutePath().normalize().toString(), file ? Files.size(template) : -1,
                        file ? Files.getLastModifiedTime(template).toMillis() : -1, head);
            } catch (IOException e) {
                return new Key(year, template.toString(), -2, System.nanoTime(), head);
            }
        }
    }

    /** The report kept for this key, or the one {@code compute} makes, then kept. */
    public ReadinessReport get(Key key, Supplier<ReadinessReport> compute) {
        ReadinessReport kept = reports.get(key);
        if (kept != null) {
            return kept;
        }
        ReadinessReport report = compute.get();
        if (reports.size() >= KEPT) {
            reports.clear();
        }
        reports.put(key, report);
        return report;
    }
}
