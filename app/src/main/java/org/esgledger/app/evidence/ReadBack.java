package org.esgledger.app.evidence;

/** A file read back out of the store: what was attached, and the SHA-256 and size of the bytes actually read. */
public record ReadBack(EvidenceView evidence, String sha256, long size) {

    /** Whether the bytes read are the bytes attached (same SHA-256, same size). */
    public boolean intact() {
        return evidence.sha256().equals(sha256) && evidence.size() == size;
    }
}
