package org.esgledger.app.audit;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.i18n.EsgException;

/**
 * The head of the audit chain: the seq and SHA-256 of its last event (seq 0 and 64 zeros when it is
 * empty). Written outside the database (the report's lineage page, the data pack, the board minutes)
 * it anchors the chain: {@code esg audit verify --head SEQ:SHA256} checks that the chain still holds
 * that event with that hash (docs/audit.md).
 */
public record ChainHead(long seq, String sha256) {

    private static final Pattern TEXT = Pattern.compile("([0-9]{1,18}):([0-9a-fA-F]{64})");

    public ChainHead {
        sha256 = sha256.toLowerCase(Locale.ROOT);
    }

    /** {@code SEQ:SHA256}, as {@link #toString()} writes it; refused in zh and en otherwise. */
    public static ChainHead parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new EsgException(AppMessages.of("audit.badHead", text));
        }
        return new ChainHead(Long.parseLong(m.group(1)), m.group(2));
    }

    @Override
    public String toString() {
        return seq + ":" + sha256;
    }
}
