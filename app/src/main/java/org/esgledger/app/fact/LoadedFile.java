package org.esgledger.app.fact;

/** The outcome of loading a fact file: every row was accepted (otherwise nothing was). */
public record LoadedFile(String name, String sha256, int facts, int inserted, int updated) {
}
