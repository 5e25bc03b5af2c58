package org.esgledger.engine.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecodingTest {

    private static final String TEXT = "工号,性别,学历\nE0001,女,本科\n";

    @Test
    void detectsUtf8WithAndWithoutBom() {
        assertThat(TextDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new TextDecoding.Decoded(TEXT, "UTF-8"));
        byte[] bom = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoding.decode(bom)).isEqualTo(new TextDecoding.Decoded(TEXT, "UTF-8 (BOM)"));
    }

    @Test
    void detectsGbkAndGb18030AsExcelOnChineseWindowsWritesThem() {
        assertThat(TextDecoding.decode(TEXT.getBytes(Charset.forName("GBK"))))
                .isEqualTo(new TextDecoding.Decoded(TEXT, "GB18030"));
        String rare = "姓名,𠀀\n";
        assertThat(TextDecoding.decode(rare.getBytes(Charset.forName("GB18030"))).text()).isEqualTo(rare);
    }

    @Test
    void detectsUtf16WithBom() {
        byte[] le = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextDecoding.decode(le)).isEqualTo(new TextDecoding.Decoded(TEXT, "UTF-16LE (BOM)"));
    }

    @Test
    void namesBinaryFilesInsteadOfDecodingGarbage() {
        byte[] xlsx = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00};
        assertThatThrownBy(() -> TextDecoding.decode(xlsx)).isInstanceOf(CellValueException.class)
                .hasMessageContaining("ZIP archive");
        byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> TextDecoding.decode(pdf)).hasMessageContaining("PDF");
        byte[] nul = {'a', 'b', 0, 'c'};
        assertThatThrownBy(() -> TextDecoding.decode(nul)).hasMessageContaining("binary");
    }
}
