package org.esgledger.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The one JSON writer: members one per line for the data pack, one object per line for a table's rows; strings escaped. */
class JsonTest {

    @Test
    void aValueIsWrittenWithEachMemberOnItsOwnLineInKeyOrder() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", 1);
        m.put("a", List.of("x", true));
        m.put("n", null);
        m.put("exact", new Json.NumberLiteral("21547.10"));
        m.put("empty", List.of());
        assertThat(Json.write(m)).isEqualTo("{\n  \"b\": 1,\n  \"a\": [\n    \"x\",\n    true\n  ],\n  \"n\": null,\n  \"exact\": 21547.10,\n"
                + "  \"empty\": []\n}\n");
    }

    @Test
    void rowsAreOneObjectPerLine() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("id", "F1");
        first.put("value", new Json.NumberLiteral("3558"));
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("id", "F2");
        second.put("value", null);
        assertThat(Json.rows(List.of(first, second))).isEqualTo("[\n  {\"id\": \"F1\", \"value\": 3558},\n  {\"id\": \"F2\", \"value\": null}\n]\n");
        assertThat(Json.rows(List.of())).isEqualTo("[\n]\n");
    }

    @Test
    void stringsAreEscapedPerRfc8259() {
        assertThat(Json.quote("a\"b\\c\nd\te\u0001f 中")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001f 中\"");
    }
}
