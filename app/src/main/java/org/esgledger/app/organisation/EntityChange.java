package org.esgledger.app.organisation;

/** One field of a held entity that an organisation file changes: its column in the file, the value held and the file's. */
public record EntityChange(String code, String column, String before, String after) {
}
