package org.esgledger.app.readiness.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The readiness reports last computed for everything a workspace holds, kept until the next recorded
 * change: every write goes through the one change mechanism, which moves the audit chain's head
 * (docs/audit.md), so a report computed at a head is the report of that head; the template file's size
 * and time of change are part of the key too, as the template is a file, not a row. The dashboard asks
 * for it at every request; without this every request composed the whole report template.
 */
public final class ReadinessCache<V> {

    /** More keys than this (several years, templates, heads or readers) and the old ones go. */
    private final int kept;

    private final Map<Key, V> reports = new ConcurrentHashMap<>();

    /** Keeps at most 16 keys. */
    public ReadinessCache() {
        this(16);
    }

    /** Keeps at most {@code kept} keys (one per reader, for what is the reader's own). */
    public ReadinessCache(int kept) {
        this.kept = kept;
    }

    /**
     * What a report depends on besides the store's rows.
     *
     * @param reader who reads it, when it depends on who does (what is waiting for them); empty for everything
     */
    public record Key(int year, String template, long size, long modified, long head, String reader) {

        public static Key of(int year, Path template, long head) {
            return of(year, template, head, "");
        }

        public static Key of(int year, Path template, long head, String reader) {
            try {
                boolean file = Files.isRegularFile(template);
                return new Key(year, template.toAbsolutePath().normalize().toString(), file ? Files.size(template) : -1,
                        file ? Files.getLastModifiedTime(template).toMillis() : -1, head, reader);
            } catch (IOException e) {
                return new Key(year, template.toString(), -2, System.nanoTime(), head, reader);
            }
        }
    }

    /** The report kept for this key, or the one {@code compute} makes, then kept. */
    public V get(Key key, Supplier<V> compute) {
        V kept = reports.get(key);
        if (kept != null) {
            return kept;
        }
        V report = compute.get();
        if (reports.size() >= this.kept) {
            reports.clear();
        }
        reports.put(key, report);
        return report;
    }
}
