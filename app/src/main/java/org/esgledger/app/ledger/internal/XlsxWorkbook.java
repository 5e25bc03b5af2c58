package org.esgledger.app.ledger.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.i18n.EsgException;

/**
 * Opens one sheet of an XLSX workbook for streaming: the package is read from the file with random
 * access (nothing loaded whole; Apache POI's zip-bomb checks on every part), the workbook part gives
 * the sheets (name, visibility, date system), the shared texts and the cell formats are read
 * within {@link XlsxLimits}, and the sheet itself is left to {@link XlsxRows}, row by row.
 */
final class XlsxWorkbook {

    private record SheetEntry(String name, boolean visible, String relation) {
    }

    private record Book(List<SheetEntry> sheets, boolean date1904) {
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws Exception;
    }

    private XlsxWorkbook() {
    }

    /**
     * The rows of a sheet (by name, or the first visible one) of the XLSX file at {@code file};
     * {@code name} is the file as the user knows it, {@code cleanup} runs when the rows are closed
     * (or if opening fails), e.g. to delete a temporary copy.
     */
    static XlsxRows open(Path file, String name, Optional<String> sheetName, Runnable cleanup) {
        WorkbookRefusal refusal = new WorkbookRefusal(name);
        OPCPackage pkg = null;
        try {
            long size = Files.size(file);
            if (size > XlsxLimits.MAX_FILE_BYTES) {
                throw refusal.tooLarge("file", size / (1024 * 1024), XlsxLimits.MAX_FILE_BYTES / (1024 * 1024));
            }
            // the central directory must be intact: on a broken one POI falls back to reading every entry into memory
            step(refusal, null, () -> {
                new ZipSecureFile(file.toFile()).close();
                return null;
            });
            pkg = step(refusal, null, () -> OPCPackage.open(file.toFile(), PackageAccess.READ));
            PackagePart workbook = workbookPart(pkg, refusal);
            String workbookName = workbook.getPartName().getName();
            Book book = step(refusal, workbookName, () -> {
                try (XmlPart part = new XmlPart(workbookName, workbook.getInputStream(), refusal)) {
                    return book(part, refusal);
                }
            });
            SheetEntry sheet = choose(book, sheetName);
            PackagePart sheetPart = related(workbook, sheet.relation(), refusal);
            Parts parts = parts(workbook, workbookName, refusal);
            String sheetPartName = sheetPart.getPartName().getName();
            XmlPart rows = step(refusal, sheetPartName, () -> new XmlPart(sheetPartName, sheetPart.getInputStream(), refusal));
            return new XlsxRows(pkg, rows, parts.strings(), parts.formats(), book.date1904(), sheet.name(), refusal, cleanup);
        } catch (IOException e) {
            close(pkg, cleanup);
            throw new EsgException(AppMessages.of("file.unreadable", name, e.getMessage()), e);
        } catch (RuntimeException e) {
            close(pkg, cleanup);
            throw e;
        }
    }

    /** The workbook's shared texts and cell formats; none when it has none. */
    private record Parts(SharedStrings strings, CellFormats formats) {
    }

    private static Parts parts(PackagePart workbook, String workbookName, WorkbookRefusal refusal) {
        SharedStrings strings = SharedStrings.none();
        CellFormats formats = CellFormats.none();
        for (PackageRelationship r : step(refusal, workbookName, workbook::getRelationships)) {
            String type = r.getRelationshipType();
            if (r.getTargetMode() == TargetMode.EXTERNAL || type == null) {
                continue;
            }
            if (type.endsWith("/sharedStrings")) {
                strings = read(related(workbook, r.getId(), refusal), refusal, SharedStrings::read);
            } else if (type.endsWith("/styles")) {
                formats = read(related(workbook, r.getId(), refusal), refusal, CellFormats::read);
            }
        }
        return new Parts(strings, formats);
    }

    /** Reads a part of the package, its problems told with its name. */
    private static <T> T read(PackagePart p, WorkbookRefusal refusal, PartReader<T> reader) {
        String partName = p.getPartName().getName();
        return step(refusal, partName, () -> {
            try (XmlPart part = new XmlPart(partName, p.getInputStream(), refusal)) {
                return reader.read(part, refusal);
            }
        });
    }

    @FunctionalInterface
    private interface PartReader<T> {
        T read(XmlPart part, WorkbookRefusal refusal) throws Exception;
    }

    static void close(OPCPackage pkg, Runnable cleanup) {
        try {
            if (pkg != null) {
                pkg.revert();
            }
        } finally {
            cleanup.run();
        }
    }

    private static <T> T step(WorkbookRefusal refusal, String part, Step<T> step) {
        try {
            return step.run();
        } catch (Exception e) {
            throw refusal.of(e, part);
        }
    }

    private static PackagePart workbookPart(OPCPackage pkg, WorkbookRefusal refusal) {
        for (String type : List.of(PackageRelationshipTypes.CORE_DOCUMENT, PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
            PackageRelationshipCollection found = pkg.getRelationshipsByType(type);
            if (found != null && found.size() > 0) {
                PackagePart part = step(refusal, null, () -> pkg.getPart(found.getRelationship(0)));
                if (part == null) {
                    throw refusal.unreadable("missingPart", found.getRelationship(0).getTargetURI());
                }
                return part;
            }
        }
        throw refusal.unreadable("notWorkbook");
    }

    private static PackagePart related(PackagePart from, String relation, WorkbookRefusal refusal) {
        String fromName = from.getPartName().getName();
        PackageRelationship r = relation == null ? null : step(refusal, fromName, () -> from.getRelationship(relation));
        PackagePart part = r == null || r.getTargetMode() == TargetMode.EXTERNAL ? null : step(refusal, fromName, () -> from.getRelatedPart(r));
        if (part == null) {
            throw refusal.unreadable("missingPart", r == null ? fromName + " → " + relation : r.getTargetURI());
        }
        return part;
    }

    private static Book book(XmlPart part, WorkbookRefusal refusal) throws XMLStreamException {
        List<SheetEntry> sheets = new ArrayList<>();
        boolean date1904 = false;
        for (int event = part.next(); event != XMLStreamConstants.END_DOCUMENT; event = part.next()) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (part.element()) {
                case "workbookPr" -> {
                    String d = part.attribute("date1904");
                    date1904 = "1".equals(d) || "true".equalsIgnoreCase(d);
                }
                case "sheet" -> {
                    if (sheets.size() == XlsxLimits.MAX_SHEETS) {
                        throw refusal.tooLarge("sheets", XlsxLimits.MAX_SHEETS);
                    }
                    String state = part.attribute("state");
                    sheets.add(new SheetEntry(String.valueOf(part.attribute("name")), state == null || state.equals("visible"),
                            part.namespacedAttribute("id")));
                }
                case "workbook", "sheets" -> {
                    // their children are read
                }
                default -> part.skip();
            }
        }
        return new Book(sheets, date1904);
    }

    private static SheetEntry choose(Book book, Optional<String> name) {
        Optional<SheetEntry> found = name.isPresent()
                ? book.sheets().stream().filter(s -> s.name().equals(name.get())).findFirst()
                : book.sheets().stream().filter(SheetEntry::visible).findFirst();
        return found.orElseThrow(() -> new EsgException(AppMessages.of("xlsx.noSheet", name.orElse(""),
                String.join(", ", book.sheets().stream().limit(50).map(SheetEntry::name).toList()))));
    }
}
