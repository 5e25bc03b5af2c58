/**
 * The assurance pack of a fiscal year (issue 14, item 9; docs/formats/assurance-pack.md): one ZIP for the external
 * assurance provider with the year's data pack, the lineage of every value of its current snapshot down to the ledger
 * rows, the ledger batches' provenance, the audit chain, the evidence files of the year's facts and batches (checked
 * against their SHA-256), and a manifest of SHA-256s. {@link org.esgledger.app.assurance.AssurancePacks} writes it, for a
 * reader of the whole workspace (an admin, a manager or an auditor).
 */
package org.esgledger.app.assurance;
