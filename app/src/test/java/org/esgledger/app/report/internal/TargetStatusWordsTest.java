package org.esgledger.app.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a targets table prints: the evaluated status; the declared one only where the data cannot tell (the table marks it, once). */
class TargetStatusWordsTest {

    @ParameterizedTest(name = "{0} / declared {1}")
    @CsvSource(delimiter = '|', textBlock = """
            achieved      | achieved     | 达成                          | Achieved
            in_progress   | in_progress  | 正在推进                      | In progress
            not_evaluable | achieved     | 达成                          | Achieved
            not_evaluable | not_reported | 无法评估                      | Not evaluable
            not_achieved  | achieved     | 未达成（报告申报：达成）        | Not achieved (the report declares: Achieved)
            achieved      | not_reported | 达成                          | Achieved
            """)
    void printsWhatTheDataSupports(String evaluated, String declared, String zh, String en) {
        assertThat(TargetLines.status(evaluated, declared).zh()).isEqualTo(zh);
        assertThat(TargetLines.status(evaluated, declared).en()).isEqualTo(en);
    }
}
