package org.esgledger.app.demo;

import java.util.List;
import java.util.Map;

import org.esgledger.app.calculation.SnapshotView;

/**
 * What {@code esg demo} loaded.
 *
 * @param upToDate        the workspace already held exactly this demo data; nothing was rewritten
 * @param factsByYear     facts per fiscal year
 * @param frameworkItems  framework items per framework
 * @param snapshots       the current snapshot of each computed year
 */
public record DemoSummary(boolean upToDate, String fingerprint, String store, int units, int entities, int dimensions,
                          int indicators, Map<String, Long> frameworkItems, Map<Integer, Long> factsByYear, long facts,
                          List<SnapshotView> snapshots) {
}
