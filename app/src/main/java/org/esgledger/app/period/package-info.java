/**
 * Period lock and restatement (issue 13, item 8): a fiscal year closed after publication, and the
 * figures of a locked year changed afterwards as restatements (published value, new value, reason).
 * {@link org.esgledger.app.period.Locks} is the one check the writing services call.
 */
package org.esgledger.app.period;
