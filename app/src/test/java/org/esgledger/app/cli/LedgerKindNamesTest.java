package org.esgledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.esgledger.app.StoreTest;
import org.esgledger.app.ledger.Ledgers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Help and completion list the ledger kinds of the registry, every one of them. */
@StoreTest
class LedgerKindNamesTest {

    /** Help and completion need no workspace: this one is never opened. */
    private static final Path UNOPENED = Path.of("target", "test-workspaces", "never-opened");

    @Autowired
    Ledgers ledgers;

    @Test
    void theNamesAreTheRegistrysKinds() {
        assertThat(ledgers.kinds()).contains("emissions");
        assertThat(LedgerKindNames.NAMES).containsExactlyInAnyOrderElementsOf(ledgers.kinds());
    }

    @Test
    void helpListsEveryKindForImportExportAndTemplate() {
        for (String command : new String[] {"import", "export", "template"}) {
            CliRun help = CliRun.esg(UNOPENED, "help", command);
            assertThat(help.exit()).as(command).isZero();
            String text = help.out().replaceAll("\\s+", " ");
            assertThat(text).as(command).contains("Ledger kind: " + String.join(", ", LedgerKindNames.NAMES));
            ledgers.kinds().forEach(kind -> assertThat(text).as(command).contains(kind));
        }
    }

    @Test
    void completionOffersEveryKind() {
        CliRun completion = CliRun.esg(UNOPENED, "generate-completion");
        assertThat(completion.exit()).isZero();
        String offered = "=(\"" + String.join("\" \"", LedgerKindNames.NAMES) + "\")";
        assertThat(completion.out().split(Pattern.quote(offered), -1)).as("import, export and template offer them")
                .hasSize(4);
        ledgers.kinds().forEach(kind -> assertThat(offered).contains("\"" + kind + "\""));
    }
}
