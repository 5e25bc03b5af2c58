package org.esgledger.app.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Media types come from the content; the extension only tells apart formats that share a container. Chunks and limit of the copy. */
class MediaTypesTest {

    private static byte[] bytes(String iso) {
        return iso.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theContentDecidesAndTheNameOnlyRefines() {
        assertThat(MediaTypes.detect(bytes("%PDF-1.7\n%âãÏÓ"), "invoice.pdf")).isEqualTo("application/pdf");
        assertThat(MediaTypes.detect(bytes("%PDF-1.4"), "invoice.jpg")).isEqualTo("application/pdf");
        assertThat(MediaTypes.detect(bytes("\u00ff\u00d8\u00ff\u00e1Exif"), "meter.pdf")).isEqualTo("image/jpeg");
        assertThat(MediaTypes.detect(bytes("\u0089PNG\r\n\u001a\n\u0000\u0000"), "x")).isEqualTo("image/png");
        assertThat(MediaTypes.detect(bytes("\u0000\u0000\u0000\u0018ftypheic"), "IMG_0001.HEIC")).isEqualTo("image/heic");
        assertThat(MediaTypes.detect(bytes("PK\u0003\u0004\u0014\u0000"), "roster.XLSX"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(MediaTypes.detect(bytes("PK\u0003\u0004\u0014\u0000"), "roster.pdf")).isEqualTo("application/zip");
        assertThat(MediaTypes.detect(bytes("\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1\u0000"), "old.xls")).isEqualTo("application/vnd.ms-excel");
        assertThat(MediaTypes.detect("日期,电量\n2024-03,1200\n".getBytes(StandardCharsets.UTF_8), "meter.csv")).isEqualTo("text/csv");
        assertThat(MediaTypes.detect("日期,电量\n".getBytes(StandardCharsets.UTF_8), "meter.pdf")).isEqualTo("text/plain");
        assertThat(MediaTypes.detect(bytes("MZ\u0090\u0000\u0003"), "setup.pdf")).isEqualTo("application/octet-stream");
        assertThat(MediaTypes.detect(new byte[0], "empty.txt")).isEqualTo("application/octet-stream");
    }

    @Test
    void aCopyIsChunkedHashedAndStopsOneBytePastTheLimit() throws Exception {
        List<Integer> sizes = new ArrayList<>();
        byte[] data = new byte[ContentCopy.CHUNK * 2 + 5];
        ContentCopy.Copied c = ContentCopy.copy(new ByteArrayInputStream(data), data.length, (no, b) -> sizes.add(b.length));
        assertThat(c.overLimit()).isFalse();
        assertThat(c.size()).isEqualTo(data.length);
        assertThat(sizes).containsExactly(ContentCopy.CHUNK, ContentCopy.CHUNK, 5);
        assertThat(c.sha256()).hasSize(64);

        sizes.clear();
        ByteArrayInputStream in = new ByteArrayInputStream(data);
        ContentCopy.Copied over = ContentCopy.copy(in, data.length - 1L, (no, b) -> sizes.add(b.length));
        assertThat(over.overLimit()).isTrue();
        assertThat(over.size()).isEqualTo(data.length);
        assertThat(in.available()).isZero();

        ByteArrayInputStream longer = new ByteArrayInputStream(new byte[3000]);
        assertThat(ContentCopy.copy(longer, 1000, (no, b) -> { }).overLimit()).isTrue();
        assertThat(longer.available()).as("the rest is never read").isEqualTo(3000 - 1001);
    }
}
