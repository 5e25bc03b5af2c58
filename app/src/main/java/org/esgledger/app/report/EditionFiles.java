package org.esgledger.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.esgledger.app.report.internal.EditionNames;
import org.esgledger.app.report.internal.EditionPages;
import org.esgledger.app.report.internal.EditionWriters;
import org.esgledger.app.workspace.PrivateFiles;
import org.esgledger.engine.report.Composition;
import org.esgledger.engine.report.Language;

/**
 * The edition files of a render: each language in each edition format wanted, and the lineage page,
 * written into a scratch folder beside the output and then moved into place, readable by the owner
 * only. A failed write removes the scratch folder and leaves the files already in place as they were.
 */
final class EditionFiles {

    private EditionFiles() {
    }

    /** The files written and, for each language whose PDF was written, the page each of its parts begins on. */
    record Written(List<Path> files, Map<Language, EditionPages> pages) {
        Written {
            files = List.copyOf(files);
            pages = Map.copyOf(pages);
        }
    }

    /**
     * @param lineage the lineage page, when the HTML editions are wanted, from the pages of the PDF editions just laid out
     */
    static Written write(RenderOptions o, Map<Language, Composition> editions, Function<Map<Language, EditionPages>, Optional<String>> lineage) {
        Path scratch = null;
        try {
            PrivateFiles.folder(o.out());
            scratch = Files.createTempDirectory(o.out(), ".render-");
            EditionNames names = new EditionNames(o.year(), List.copyOf(editions.keySet()));
            Map<Language, EditionPages> pages = new EnumMap<>(Language.class);
            List<Path> written = editions(o, editions, names, scratch, pages);
            Optional<String> lineagePage = lineage.apply(pages);
            if (lineagePage.isPresent()) {
                written.add(Files.writeString(scratch.resolve(names.lineage()), lineagePage.get(), StandardCharsets.UTF_8));
            }
            List<Path> placed = new ArrayList<>();
            for (Path f : written) {
                PrivateFiles.restrict(f);
                placed.add(Files.move(f, o.out().resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING));
            }
            Files.delete(scratch);
            scratch = null;
            return new Written(placed, pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            removeScratch(scratch);
        }
    }

    private static List<Path> editions(RenderOptions o, Map<Language, Composition> editions, EditionNames names, Path scratch,
                                       Map<Language, EditionPages> pages) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Language, Composition> e : editions.entrySet()) {
            for (ReportFormat format : RenderOptions.FORMATS) {
                if (format.edition() && o.wants(format)) {
                    Path file = scratch.resolve(names.edition(e.getKey(), format));
                    EditionPages laidOut = EditionWriters.of(format).write(e.getValue().document(), file, names);
                    if (!laidOut.byPart().isEmpty()) {
                        pages.put(e.getKey(), laidOut);
                    }
                    written.add(file);
                }
            }
        }
        return written;
    }

    /** A scratch folder left by a failed write goes: the editions already in place stay as they were. */
    private static void removeScratch(Path scratch) {
        if (scratch == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(scratch)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // nothing more to do: the folder's name starts with a dot and says what it is
        }
    }
}
