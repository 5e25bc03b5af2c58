package org.esgledger.app.assurance.internal;

import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The pack's ZIP, written as a stream: each entry hashed (SHA-256) while it is written, and last the manifest
 * {@value #MANIFEST} listing every entry as {@code sha256sum} writes it. Entry names are the pack's own (a fixed name, or
 * {@code evidence/ID-NAME} with the name sanitised): a name with a path step up, a leading slash or a backslash is refused.
 */
public final class PackZip implements Closeable {

    /** The manifest: {@code SHA-256  name} per entry, checked by {@code sha256sum -c MANIFEST.sha256} in the unpacked folder. */
    public static final String MANIFEST = "MANIFEST.sha256";

    private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}._-]+(/[\\p{L}\\p{N}._-]+)*");

    /** What writes one entry's bytes (it must not close the stream). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final ZipOutputStream zip;
    private final FileTime time;
    private final Map<String, String> sums = new LinkedHashMap<>();

    public PackZip(OutputStream out, Instant at) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.time = FileTime.from(at);
    }

    /** Writes one entry. */
    public void write(String name, Content content) throws IOException {
        if (!SAFE.matcher(name).matches() || name.contains("..") || sums.containsKey(name) || name.equals(MANIFEST)) {
            throw new IllegalArgumentException("not an entry name of the pack: " + name);
        }
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(time);
        zip.putNextEntry(entry);
        DigestOutputStream digest = new DigestOutputStream(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, sha256());
        content.writeTo(digest);
        digest.flush();
        zip.closeEntry();
        sums.put(name, HexFormat.of().formatHex(digest.getMessageDigest().digest()));
    }

    /** Writes a text entry (UTF-8). */
    public void text(String name, String text) throws IOException {
        write(name, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Copies a file into an entry. */
    public void copy(String name, Path file) throws IOException {
        write(name, out -> Files.copy(file, out));
    }

    /** The entries written so far: name → SHA-256. */
    public Map<String, String> sums() {
        return Map.copyOf(sums);
    }

    /** Ends the pack with its manifest (every entry but itself, in the order written). */
    public Map<String, String> finish() throws IOException {
        StringBuilder lines = new StringBuilder();
        sums.forEach((name, sha) -> lines.append(sha).append("  ").append(name).append('\n'));
        ZipEntry entry = new ZipEntry(MANIFEST);
        entry.setLastModifiedTime(time);
        zip.putNextEntry(entry);
        zip.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        return new LinkedHashMap<>(sums);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
