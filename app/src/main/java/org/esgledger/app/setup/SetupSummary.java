package org.esgledger.app.setup;

/**
 * What the set-up left in the workspace.
 *
 * @param upToDate    the workspace was set up from exactly these files already: nothing was written
 * @param fingerprint of the set-up's files ({@link WorkspaceSetup#fingerprint()})
 * @param units       and the other counts: what the workspace's catalogue holds afterwards
 */
public record SetupSummary(boolean upToDate, String fingerprint, int units, int frameworkItems, int dimensions, int indicators,
                           int formulas) {
}
