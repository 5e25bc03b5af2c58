package org.esgledger.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.assertj.core.api.SoftAssertions;
import org.esgledger.app.StoreTest;
import org.esgledger.app.TestWorkspaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The README's pictures of the report (issue 15): the cover, a chapter's opener, the risk register,
 * the targets table, the materiality matrix and the key figures of both demo editions, as
 * {@code docs/images/report-<zh|en>-<what>.png}, drawn from the PDFs by {@code pdftoppm} at {@value #DPI}
 * dpi. Each page is found by what is printed on it ({@link ShownPages}), so the pictures follow the
 * report as it changes: run with {@code -Desg.images.write=true} to draw them again
 * ({@code ./mvnw -B -o -pl app -am test -Dtest=ReportPageImagesTest -Dsurefire.failIfNoSpecifiedTests=false -Desg.images.write=true}),
 * look at them, and commit them. Without the property the test only checks that every page is
 * found and that its picture is committed, a page of A4 at {@value #DPI} dpi and small enough for the README.
 */
@StoreTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPageImagesTest {

    /** The README's images, from the app module's folder (where the tests run). */
    static final Path IMAGES = Path.of("../docs/images");
    static final int DPI = 90;
    static final long MAX_BYTES = 300 * 1024;
    static final String WRITE = "esg.images.write";
    static final List<String> SHOWN = List.of("cover", "chapter", "risk-table", "targets-table", "materiality-matrix", "key-figures");

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Editions editions;

    Path out;

    /** The demo's editions, rendered once for every report test of this run ({@link DemoEditions}); files only, so the embedded pass alone. */
    @BeforeAll
    void render() throws IOException {
        DemoEditions.embeddedPassOnly();
        DemoEditions.render(workspaces, editions);
        out = DemoEditions.out();
    }

    @Test
    void theNamesLookedForAreTheEditionsOwn() throws Exception {
        for (String lang : List.of("zh", "en")) {
            ShownPages.Names names = ShownPages.NAMES.get(lang);
            Path html = out.resolve("report-2024-" + lang + ".html");
            assertThat(ShownPages.headers(html)).as(lang + ": the tables' header rows").contains(names.riskHeader(), names.targetsHeader());
            assertThat(Files.readString(html)).as(lang).contains("<title>" + names.matrix() + "</title>");
        }
    }

    @Test
    void everyPageTheReadmeShowsIsFoundByWhatIsOnItAndItsPictureIsCommitted() throws Exception {
        boolean write = Boolean.getBoolean(WRITE);
        SoftAssertions soft = new SoftAssertions();
        for (String lang : List.of("zh", "en")) {
            Path pdf = out.resolve("report-2024-" + lang + ".pdf");
            Map<String, Integer> pages = ShownPages.find(pdf, out.resolve("report-2024-" + lang + ".html"), lang);
            assertThat(pages.keySet()).containsExactlyElementsOf(SHOWN);
            for (Map.Entry<String, Integer> shown : pages.entrySet()) {
                Path image = IMAGES.resolve("report-" + lang + "-" + shown.getKey() + ".png");
                soft.assertThat(shown.getValue()).as(lang + ": the page of the " + shown.getKey()).isPositive();
                if (write && shown.getValue() > 0) {
                    draw(pdf, shown.getValue(), image);
                }
                soft.assertThat(image).as("committed (draw it with -D" + WRITE + "=true)").exists();
                if (Files.exists(image)) {
                    soft.assertThat(Files.size(image)).as(image + ": small enough for the README").isLessThanOrEqualTo(MAX_BYTES);
                    BufferedImage picture = ImageIO.read(image.toFile());
                    soft.assertThat(picture.getWidth()).as(image + ": A4's width at " + DPI + " dpi").isBetween(a4(595.28) - 1, a4(595.28) + 1);
                    soft.assertThat(picture.getHeight()).as(image + ": A4's height at " + DPI + " dpi").isBetween(a4(841.89) - 1, a4(841.89) + 1);
                }
            }
        }
        soft.assertAll();
    }

    private static int a4(double points) {
        return (int) Math.round(points * DPI / 72);
    }

    private static void draw(Path pdf, int page, Path image) throws Exception {
        Path drawn = Files.createTempDirectory("page-image").resolve("page");
        Poppler.run(List.of("pdftoppm", "-r", String.valueOf(DPI), "-f", String.valueOf(page), "-l", String.valueOf(page), "-png", "-singlefile",
                pdf.toString(), drawn.toString()));
        Files.createDirectories(image.getParent());
        Files.copy(drawn.resolveSibling("page.png"), image, StandardCopyOption.REPLACE_EXISTING);
    }
}
