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
import org.esgledger.engine.report.Language;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Renders the demo report, both editions, in every format (HTML with the lineage page, PDF, DOCX,
 * JSON and CSV data pack), then the PDFs alone, then, in the same run, has LibreOffice headless
 * convert our own DOCX editions to PDF (what a company would otherwise do). Prints medians and the
 * ratio. Usage: {@code bench/run-report [runs (default 5)]}.
 */
public final class RenderBenchmark {

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path workspace = Path.of("bench/target/workspace").toAbsolutePath();
        Path out = Path.of("bench/target/report").toAbsolutePath();
        List<Long> all = new ArrayList<>();
        List<Long> pdf = new ArrayList<>();
        List<Long> docx = new ArrayList<>();
        try (var context = new SpringApplicationBuilder(EsgLedger.class).web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--esg.workspace=" + workspace, "--logging.level.root=WARN")) {
            context.getBean(DemoWorkspace.class).refresh(false);
            Path template = DemoReportTemplate.install(workspace);
            Editions editions = context.getBean(Editions.class);
            List<Language> both = List.of(Language.ZH, Language.EN);
            editions.render(new RenderOptions(2024, template, both, Set.copyOf(RenderOptions.FORMATS), out, false)); // warm-up
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                editions.render(new RenderOptions(2024, template, both, Set.copyOf(RenderOptions.FORMATS), out, false));
                all.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                start = System.nanoTime();
                editions.render(new RenderOptions(2024, template, both, Set.of("pdf"), out.resolve("pdf"), false));
                pdf.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                start = System.nanoTime();
                editions.render(new RenderOptions(2024, template, both, Set.of("docx"), out.resolve("docx"), false));
                docx.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                System.out.printf("run %d: all formats %,d ms, PDF only %,d ms, DOCX only %,d ms%n", run + 1, all.get(run), pdf.get(run), docx.get(run));
            }
        }
        System.out.printf("median, both editions: all formats %,d ms; PDF %,d ms; DOCX %,d ms%n", median(all), median(pdf), median(docx));
        List<Long> office = new ArrayList<>();
        if (available()) {
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
            System.out.println("LibreOffice (soffice) not installed: no comparison");
        }
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
