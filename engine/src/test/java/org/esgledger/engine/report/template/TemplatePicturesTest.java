package org.esgledger.engine.report.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.esgledger.engine.i18n.EsgException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Images a template places: files beside it, read by their content; anything else refused naming the file and line. */
class TemplatePicturesTest {

    @TempDir
    Path root;
    Path folder;

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @BeforeEach
    void files() throws IOException {
        folder = Files.createDirectories(root.resolve("report"));
        Files.createDirectories(folder.resolve("images"));
        Files.write(folder.resolve("images/logo.png"), PNG);
        Files.writeString(folder.resolve("images/mark.svg"), "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        Files.write(folder.resolve("images/photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16});
        Files.writeString(folder.resolve("images/fake.png"), "not an image at all");
        Files.write(root.resolve("secret.png"), PNG);
    }

    private ReportTemplate read(String image) {
        String xml = "<report id=\"r\" entity=\"g\" year=\"2024\">\n<title zh=\"题\" en=\"T\"/>\n<chapter id=\"a\" zh=\"一\" en=\"One\">" + image
                + "</chapter></report>";
        return TemplateReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "template.xml", folder);
    }

    @ParameterizedTest
    @CsvSource({"images/logo.png, PNG", "images/mark.svg, SVG", "images/photo.jpg, JPEG", "./images/../images/logo.png, PNG"})
    void readsAnImageBesideTheTemplateByItsContent(String src, Picture.Format format) {
        Component.Image image = (Component.Image) read("<image src=\"" + src + "\" zh=\"标志\" en=\"Logo\" alt-zh=\"公司标志\" alt-en=\"The logo\"/>")
                .chapters().get(0).components().get(0);
        assertThat(image.picture().format()).isEqualTo(format);
        assertThat(image.alt().en()).isEqualTo("The logo");
        assertThat(image.caption().zh()).isEqualTo("标志");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ../secret.png            | is not a file in the template's folder | 不在模板所在文件夹
            images/../../secret.png  | is not a file in the template's folder | 不在模板所在文件夹
            /etc/passwd              | is not a file in the template's folder | 不在模板所在文件夹
            http://example.com/x.png | is not a file in the template's folder | 不在模板所在文件夹
            images/fake.png          | is not a PNG, JPEG or SVG file         | 不是 PNG、JPEG 或 SVG 文件
            images/none.png          | is not there                           | 不存在
            """)
    void refusesAnImageOutsideTheFolderMissingOrNotAnImageNamingTheLine(String src, String en, String zh) {
        assertThatThrownBy(() -> read("<image src=\"" + src + "\" alt-zh=\"图\" alt-en=\"A picture\"/>"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("template.xml, line 3")
                .hasMessageContaining(en)
                .satisfies(e -> assertThat(((EsgException) e).text().zh()).contains("第 3 行", zh));
    }

    @Test
    void refusesAnImageWithoutAltTextAndAnyImageInATemplateReadFromNoFolder() {
        assertThatThrownBy(() -> read("<image src=\"images/logo.png\" alt-zh=\"图\"/>")).hasMessageContaining("alt-en is missing in <image>");
        String xml = "<report id=\"r\" entity=\"g\" year=\"2024\"><organisation zh=\"甲\" en=\"A\" logo=\"images/logo.png\"/><title zh=\"题\" en=\"T\"/></report>";
        assertThatThrownBy(() -> TemplateReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "starter.xml"))
                .hasMessageContaining("is not a file in the template's folder");
    }
}
