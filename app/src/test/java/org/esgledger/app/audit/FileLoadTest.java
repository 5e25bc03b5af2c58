package org.esgledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What a catalogue or organisation file's audit event says it did: added, replaced and, for a file replacing its kind, removed. */
class FileLoadTest {

    @Test
    void aFileThatAddsToWhatIsHeldListsWhatItAddedAndReplaced() {
        FileLoad load = new FileLoad("indicators.csv", "ab".repeat(32), 3, Set.of("a", "b"), List.of("c", "a", "d", "c"), false);
        assertThat(load.before()).containsEntry("held", 2);
        assertThat(load.after()).containsEntry("added", "c,d").containsEntry("replaced", "a").containsEntry("removed", "")
                .containsEntry("held", 4).containsEntry("rows", 3).containsEntry("file", "indicators.csv").containsEntry("sha256", "ab".repeat(32));
    }

    @Test
    void aFileThatReplacesItsKindListsWhatItRemoved() {
        FileLoad load = new FileLoad("targets.csv", "cd".repeat(32), 2, Set.of("T1", "T2", "T3"), List.of("T2", "T4"), true);
        assertThat(load.after()).containsEntry("added", "T4").containsEntry("replaced", "T2").containsEntry("removed", "T1,T3")
                .containsEntry("held", 2);
    }
}
