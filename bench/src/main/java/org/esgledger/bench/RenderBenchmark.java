package org.esgledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.esgledger.app.EsgLedger;
import org.esgledger.app.demo.DemoReportTemplate;
import org.esgledger.app.demo.DemoWorkspace;
import org.esgledger.app.report.Editions;
import org.esgledger.app.report.RenderOptions;
import org.esgledger.app.report.ReportFormat;
import org.esgledger.engine.report.Language;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Renders the demo report, both editions, in every format (HTML with the lineage page, PDF, DOCX,
 * JSON and CSV data pack), then the PDFs alone, then, in the same run, has LibreOffice headless
 * convert our own DOCX editions to PDF (what a company would otherwise do). Prints medians and the
 * ratio. Usage: {@code bench/run-report [runs (default 5)]}, or {@code bench/run-report --smoke} (one
 * rendering, no LibreOffice: what the build's smoke test runs).
 */
public final class RenderBenchmark {

    private RenderBenchmark() {
    }

    /**
     * @param runs        timed runs (after a warm-up rendering in every format)
     * @param dir         where the workspace and the report go
     * @param warmUp      the formats of the warm-up (the first rendering)
     * @param libreOffice whether to compare with LibreOffice when it is installed
     */
    record Settings(int runs, Path dir, Set<ReportFormat> warmUp, boolean libreOffice) {

        /** {@code [runs (default 5)]}, or {@code --smoke}: one rendering, HTML only, no LibreOffice. */
        static Settings of(String[] args) {
            if (args.length > 0 && args[0].equals("--smoke")) {
                return smoke(Path.of("bench/target/smoke"));
            }
            return new Settings(args.length > 0 ? Integer.parseInt(args[0]) : 5, Path.of("bench/target"), Set.copyOf(RenderOptions.FORMATS), true);
        }

        /** Both editions rendered once as HTML (with the lineage page): the whole path, at a fraction of the PDF's cost. */
        static Settings smoke(Path dir) {
            return new Settings(0, dir, Set.of(ReportFormat.HTML), false);
        }
    }

    public static void main(String[] args) throws Exception {
        run(Settings.of(args));
    }

    /** Renders as {@link Settings} say; returns the files of the first rendering (the warm-up, or the only one in a smoke run). */
    static List<Path> run(Settings settings) throws Exception {
        int runs = settings.runs();
        Path workspace = settings.dir().resolve("workspace").toAbsolutePath();
        Path out = settings.dir().resolve("report").toAbsolutePath();
        List<Long> all = new ArrayList<>();
        List<Long> pdf = new ArrayList<>();
        List<Long> docx = new ArrayList<>();
        List<Path> files;
        try (var context = new SpringApplicationBuilder(EsgLedger.class).web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--esg.workspace=" + workspace, "--logging.level.root=WARN")) {
            context.getBean(DemoWorkspace.class).refresh(false);
            Path template = DemoReportTemplate.install(workspace);
            Editions editions = context.getBean(Editions.class);
            List<Language> both = List.of(Language.ZH, Language.EN);
            long first = System.nanoTime();
            files = editions.render(new RenderOptions(2024, template, both, settings.warmUp(), out, false)).files();
            System.out.printf("first rendering (warm-up), both editions, %s: %,d ms%n", new java.util.TreeSet<>(settings.warmUp()),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - first));
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                editions.render(new RenderOptions(2024, template, both, Set.copyOf(RenderOptions.FORMATS), out, false));
                all.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                start = System.nanoTime();
                editions.render(new RenderOptions(2024, template, both, Set.of(ReportFormat.PDF), out.resolve("pdf"), false));
                pdf.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                start = System.nanoTime();
                editions.render(new RenderOptions(2024, template, both, Set.of(ReportFormat.DOCX), out.resolve("docx"), false));
                docx.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                System.out.printf("run %d: all formats %,d ms, PDF only %,d ms, DOCX only %,d ms%n", run + 1, all.get(run), pdf.get(run), docx.get(run));
            }
        }
        if (runs == 0) {
            return files;
        }
        System.out.printf("median, both editions: all formats %,d ms; PDF %,d ms; DOCX %,d ms%n", median(all), median(pdf), median(docx));
        List<Long> office = new ArrayList<>();
        if (settings.libreOffice() && available()) {
            Path lo = out.resolve("libreoffice");
            Files.createDirectories(lo);
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                for (String lang : List.of("zh", "en")) {
                    Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + lo.resolve("profile"), "--convert-to", "pdf",
                            "--outdir", lo.toString(), out.resolve("report-2024-" + lang + ".docx").toString()).redirectErrorStream(true).start();
                    p.getInputStream().readAllBytes();
                    if (p.waitFor() != 0) {
                        throw new IllegalStateException("LibreOffice failed");
                    }
                }
                office.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                System.out.printf("LibreOffice run %d: DOCX → PDF, both editions %,d ms%n", run + 1, office.get(run));
            }
            long ours = median(pdf);
            long theirs = median(office);
            System.out.printf("median: our PDFs %,d ms; LibreOffice DOCX → PDF %,d ms; LibreOffice / ours = %d.%02d%n", ours, theirs,
                    theirs * 100 / ours / 100, theirs * 100 / ours % 100);
        } else {
            System.out.println("LibreOffice (soffice) not installed or not asked for: no comparison");
        }
        return files;
    }

    static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    static boolean available() {
        try {
            return new ProcessBuilder("sh", "-c", "command -v soffice").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
