package org.esgledger.app;

import org.esgledger.app.cli.EsgCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * ESG Ledger: operating ledgers in, an audit-ready bilingual sustainability report out.
 * {@link #main} runs the {@code esg} command; the Spring context (and the workspace's database)
 * starts only for subcommands that need it.
 */
@SpringBootApplication
public class EsgLedger {

    public static void main(String[] args) {
        System.exit(EsgCommand.execute(args));
    }
}
