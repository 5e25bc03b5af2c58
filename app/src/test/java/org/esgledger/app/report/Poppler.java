package org.esgledger.app.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command-line tools a person would use to look at a PDF: {@code pdftotext}, {@code pdffonts},
 * {@code pdftoppm} (poppler-utils), and LibreOffice for DOCX. Text is NFKC-normalised so that
 * typographic ligatures (ﬁ) compare as their letters.
 */
final class Poppler {

    private Poppler() {
    }

    static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(command + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** The text of pages {@code first}..{@code last} (1-based), or all when 0. */
    static String text(Path pdf, int first, int last) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
        if (first > 0) {
            cmd.addAll(List.of("-f", String.valueOf(first), "-l", String.valueOf(last)));
        }
        cmd.addAll(List.of(pdf.toString(), "-"));
        return Normalizer.normalize(run(cmd), Normalizer.Form.NFKC);
    }

    /** Pages {@code first}..{@code last} in layout mode: a table row's cells stay on one line, in reading order. */
    static String layoutPages(Path pdf, int first, int last) throws IOException, InterruptedException {
        return Normalizer.normalize(run(List.of("pdftotext", "-layout", "-enc", "UTF-8", "-f", String.valueOf(first), "-l", String.valueOf(last),
                pdf.toString(), "-")), Normalizer.Form.NFKC);
    }

    static String layout(Path pdf) throws IOException, InterruptedException {
        return Normalizer.normalize(run(List.of("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-")), Normalizer.Form.NFKC);
    }

    static boolean available(String tool) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
