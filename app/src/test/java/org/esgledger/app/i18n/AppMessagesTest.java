package org.esgledger.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class AppMessagesTest {

    @Test
    void everyKeyHasBothLanguages() throws IOException {
        Properties en = load("/org/esgledger/app/i18n/messages.properties");
        Properties zh = load("/org/esgledger/app/i18n/messages_zh.properties");
        assertThat(zh.keySet()).isEqualTo(en.keySet());
    }

    @Test
    void aReasonIsToldInTheLanguageOfItsSentence() {
        var m = AppMessages.of("io.cannotWrite", "/srv/out", AppMessages.of("io.denied"));
        assertThat(m.zh()).isEqualTo("无法写入 /srv/out：权限不足");
        assertThat(m.en()).isEqualTo("Cannot write to /srv/out: permission denied");
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AppMessagesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
