package org.esgledger.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * ESG Ledger: operating ledgers in, an audit-ready bilingual sustainability report out.
 * This class configures the Spring application; the program starts in
 * {@link org.esgledger.app.cli.EsgCommand#main}, which starts the application (and the
 * workspace's database) only for subcommands that need it.
 */
@SpringBootApplication
public class EsgLedger {
}
