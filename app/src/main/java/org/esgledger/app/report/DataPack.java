package org.esgledger.app.report;

import java.nio.file.Path;

/** A written data pack: its files, how many figures it holds and the snapshot it was taken from. */
public record DataPack(Path json, Path csv, int figures, long snapshot) {
}
