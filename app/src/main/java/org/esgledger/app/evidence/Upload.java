package org.esgledger.app.evidence;

import java.io.InputStream;
import java.util.Objects;

/**
 * A file to attach, read once as a stream: its name as the user gave it (for messages; its last part is kept as the
 * original file name), its content, and its size when known beforehand (a file on disk; {@code -1} when not), which lets
 * a file over the limit be refused before a byte is read. The size limit is enforced while reading whatever is declared.
 */
public record Upload(String name, InputStream content, long declaredSize) {

    public Upload {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    /** The file name without folders. */
    public String fileName() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
