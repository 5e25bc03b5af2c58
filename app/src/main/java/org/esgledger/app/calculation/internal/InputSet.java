package org.esgledger.app.calculation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.esgledger.app.fact.FactView;
import org.esgledger.engine.calc.Fingerprint;
import org.esgledger.engine.calc.InputValue;
import org.esgledger.engine.calc.UnavailableInput;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.catalogue.Codes;

/**
 * Everything a computation of one fiscal year reads, gathered once: the stored numeric facts and
 * published figures of that year and the years before, the ledger batches in force, the
 * catalogue's digest and the engine version. {@link #sources()} are the lines the fingerprint is
 * taken over, also stored with the snapshot so that a later computation can say which input
 * changed.
 */
public final class InputSet {

    /** Bumped whenever the engine's results for the same inputs could change. */
    public static final String ENGINE_VERSION = "esg-engine calc v1";
    /** Emission-factor set the inventory uses (the library shipped with ESG Ledger). */
    public static final String FACTOR_SET = org.esgledger.engine.ghg.FactorLibrary.standard().factorSet();

    private final List<InputValue> facts = new ArrayList<>();
    private final List<UnavailableInput> unavailable = new ArrayList<>();
    private final List<InputValue> printed = new ArrayList<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final String catalogueDigest;

    /** One input as the fingerprint sees it: kind, key, a digest of its content and a description for people. */
    public record Source(String kind, String key, String digest, String description) {
    }

    public InputSet(int year, List<FactView> storedFacts, Map<String, List<FactView>> publishedByReport, List<String> batches,
                    String catalogueDigest) {
        this.catalogueDigest = catalogueDigest;
        for (FactView f : storedFacts) {
            if (f.fiscalYear() <= year && !f.unit().isEmpty() && f.nature().equals("actual")) {
                if (f.notAvailable().isPresent()) {
                    unavailable.add(new UnavailableInput(key(f), f.notAvailable().get()));
                    add("fact", f.id(), "not available|" + f.unit() + "|" + f.origin() + "|" + f.status() + "|" + f.notAvailable().get().en(),
                            key(f) + " not available (" + f.origin() + ", " + f.status() + "): " + f.notAvailable().get().en());
                    continue;
                }
                facts.add(new InputValue(key(f), new BigDecimal(f.value()), f.unit()));
                add("fact", f.id(), f.value() + "|" + f.unit() + "|" + f.origin() + "|" + f.status(),
                        key(f) + " = " + f.value() + " " + f.unit() + " (" + f.origin() + ", " + f.status() + ")");
            }
        }
        publishedByReport.forEach((report, figures) -> figures.forEach(f -> {
            if (f.fiscalYear() <= year && !f.unit().isEmpty() && f.nature().equals("actual")) {
                printed.add(new InputValue(key(f), new BigDecimal(f.value()), f.unit()));
                add("printed", report + "/" + f.id(), f.value() + "|" + f.unit(), "printed:" + key(f) + " = " + f.value() + " " + f.unit()
                        + " (" + report + ")");
            }
        }));
        for (String b : batches) {
            String id = b.substring(0, b.indexOf('|'));
            add("batch", id, Fingerprint.of(b), "ledger batch " + b.replace("|", " "));
        }
        add("catalogue", "definitions", catalogueDigest, "catalogue: indicators, formulas, consistency rules, targets");
        add("catalogue", "engine", ENGINE_VERSION, "engine " + ENGINE_VERSION);
        add("catalogue", "factors", FACTOR_SET, "emission-factor set " + FACTOR_SET);
    }

    private void add(String kind, String key, String content, String description) {
        sources.put(kind + "|" + key, new Source(kind, key, Fingerprint.of(content), description));
    }

    static FactKey key(FactView f) {
        return new FactKey(f.indicator(), f.entity(), Period.parse(f.period()), Breakdown.parse(f.breakdown()),
                Codes.parse(Nature.class, f.nature()));
    }

    public List<InputValue> facts() {
        return facts;
    }

    /** Stored facts that are not available, with their reasons. */
    public List<UnavailableInput> unavailable() {
        return unavailable;
    }

    public List<InputValue> printed() {
        return printed;
    }

    public Map<String, Source> sources() {
        return sources;
    }

    public String catalogueDigest() {
        return catalogueDigest;
    }

    /** SHA-256 over every source line: the snapshot's identity. */
    public String fingerprint() {
        Fingerprint f = new Fingerprint();
        sources.values().forEach(s -> f.add(s.kind(), s.key() + "|" + s.digest()));
        return f.hex();
    }
}
