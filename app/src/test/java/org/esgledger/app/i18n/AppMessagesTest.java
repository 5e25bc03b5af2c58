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

    /**
     * Messages are {@code MessageFormat} patterns, where a lone apostrophe starts a quoted part and is
     * dropped ("a company's workspace" prints "a companys workspace"): every apostrophe is written twice.
     */
    @Test
    void everyApostropheIsDoubled() throws IOException {
        for (String resource : new String[] {"/org/esgledger/app/i18n/messages.properties", "/org/esgledger/app/i18n/messages_zh.properties"}) {
            Properties messages = load(resource);
            for (String key : messages.stringPropertyNames()) {
                assertThat(messages.getProperty(key).replace("''", "")).as(resource + " " + key).doesNotContain("'");
            }
        }
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
