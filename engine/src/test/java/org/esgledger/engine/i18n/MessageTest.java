package org.esgledger.engine.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class MessageTest {

    @Test
    void rendersChineseAndEnglish() {
        Message m = Message.of("unit.unknown", "furlong");
        assertThat(m.zh()).isEqualTo("未知单位“furlong”");
        assertThat(m.en()).isEqualTo("Unknown unit \"furlong\"");
    }

    @Test
    void aMessageAsArgumentIsToldInTheSameLanguage() {
        Message m = Message.of("unit.unknown", Message.of("unit.unknown", "furlong"));
        assertThat(m.zh()).isEqualTo("未知单位“未知单位“furlong””");
        assertThat(m.en()).isEqualTo("Unknown unit \"Unknown unit \"furlong\"\"");
    }

    @Test
    void everyKeyHasBothLanguages() throws IOException {
        Properties en = load("/org/esgledger/engine/i18n/messages.properties");
        Properties zh = load("/org/esgledger/engine/i18n/messages_zh.properties");
        assertThat(zh.keySet()).isEqualTo(en.keySet());
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageTest.class.getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
