package org.esgledger.app.ledger.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.i18n.EsgException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Why a workbook is refused, in the user's terms: "too large" (a limit of {@link XlsxLimits}: the
 * workbook may be fine, but is refused to keep memory bounded) or "not a readable workbook"
 * (truncated, corrupt, protected, or refused as unsafe). The texts of the libraries underneath
 * (Apache POI, the XML parser) are never shown: they are logged with the cause, which
 * {@code esg --verbose} shows.
 */
final class WorkbookRefusal {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookRefusal.class);

    private final String file;

    WorkbookRefusal(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** A limit was reached: {@code xlsx.tooLarge.<what>} with the file name first. */
    EsgException tooLarge(String what, Object... args) {
        return new EsgException(AppMessages.of("xlsx.tooLarge." + what, withFile(args)));
    }

    /** The workbook is not what it claims to be: {@code xlsx.unreadable.<what>} with the file name first. */
    EsgException unreadable(String what, Object... args) {
        return new EsgException(AppMessages.of("xlsx.unreadable." + what, withFile(args)));
    }

    /** A failure while reading {@code part} (null: the package itself), told in our words; the cause is logged. */
    EsgException of(Throwable e, String part) {
        if (e instanceof EsgException esg) {
            return esg;
        }
        String shown = part == null ? "" : part.startsWith("/") ? part.substring(1) : part;
        EsgException mapped;
        if (zipBomb(e)) {
            mapped = withCause(unreadable("zipBomb", shown.isEmpty() ? "?" : shown), e);
        } else if (find(e, EncryptedDocumentException.class) != null) {
            mapped = withCause(unreadable("protected"), e);
        } else if (find(e, XMLStreamException.class) != null && find(e, XMLStreamException.class).getLocation() != null) {
            Location at = find(e, XMLStreamException.class).getLocation();
            mapped = withCause(unreadable("xml", shown, at.getLineNumber(), at.getColumnNumber()), e);
        } else if (find(e, IOException.class) != null
                || part == null && (find(e, NotOfficeXmlFileException.class) != null || find(e, InvalidFormatException.class) != null)) {
            mapped = withCause(unreadable("package"), e);
        } else {
            mapped = new EsgException(AppMessages.of("xlsx.unreadable", file), e);
        }
        LOG.info("{} refused ({}): {}", file, mapped.problem().key(), e.toString(), e);
        return mapped;
    }

    private static EsgException withCause(EsgException e, Throwable cause) {
        return new EsgException(e.problem(), cause);
    }

    private Object[] withFile(Object[] args) {
        List<Object> all = new ArrayList<>();
        all.add(file);
        all.addAll(List.of(args));
        return all.toArray();
    }

    /** POI's zip-bomb checks (inflation ratio, entry size, entry count) throw plain IOExceptions, which parsers may re-word. */
    private static boolean zipBomb(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = c.getMessage() == null ? "" : c.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb detected") || m.contains("potentially malicious")) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof XMLStreamException x && x.getNestedException() != null && x.getNestedException() != x.getCause()) {
                T nested = find(x.getNestedException(), type);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
