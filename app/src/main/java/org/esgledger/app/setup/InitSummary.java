package org.esgledger.app.setup;

import java.util.Map;
import java.util.Optional;

/**
 * What {@code esg init} left in the workspace.
 *
 * @param profile        the company as recorded now
 * @param previous       the company recorded before, when the workspace was initialised already
 * @param setup          the set-up applied (or found up to date)
 * @param frameworkItems reference items per framework (SZSE, GRI, ISSB, SDG)
 * @param entities       reporting entities the workspace holds (none after a first init)
 * @param by             the user who initialised the workspace
 * @param firstAdmin     whether that user was created by this init, as the workspace's first administrator
 */
public record InitSummary(CompanyProfile profile, Optional<CompanyProfile> previous, SetupSummary setup,
                          Map<String, Long> frameworkItems, int entities, String by, boolean firstAdmin) {
}
