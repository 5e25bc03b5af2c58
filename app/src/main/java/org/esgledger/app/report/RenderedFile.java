package org.esgledger.app.report;

import java.nio.file.Path;

/**
 * A file of the last rendering the web application made of a year: its name in the rendering's folder, its size and the
 * SHA-256 recorded when it was written.
 */
public record RenderedFile(String name, long size, String sha256, Path path) {

    /** The format of the file, by its name: {@code pdf}, {@code html}, {@code docx}, {@code json}, {@code csv} or {@code md}. */
    public String extension() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
