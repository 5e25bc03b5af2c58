package org.esgledger.app.cli;

/** How list commands print: an aligned table for people, CSV or JSON for programs. */
enum OutputFormat {
    table, csv, json
}
