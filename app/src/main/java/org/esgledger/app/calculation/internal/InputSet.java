package org.esgledger.app.calculation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.fact.PublishedFigure;
import org.esgledger.app.ledger.Ledgers;
import org.esgledger.engine.calc.Fingerprint;
import org.esgledger.engine.calc.InputValue;
import org.esgledger.engine.calc.UnavailableInput;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.ghg.FactorLibrary;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.unit.Unit;

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
    public static final String FACTOR_SET = FactorLibrary.standard().factorSet();

    private final List<InputValue> facts = new ArrayList<>();
    private final List<UnavailableInput> unavailable = new ArrayList<>();
    private final List<InputValue> printed = new ArrayList<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final String catalogueDigest;

    /** One input as the fingerprint sees it: kind, key, a digest of its content and a description for people. */
    public record Source(String kind, String key, String digest, String description) {
    }

    /** The inputs of a year as the modules hold them now: {@code stored} (every stored fact), the published figures, the batches in force. */
    public static InputSet read(int year, List<FactView> stored, Facts facts, Ledgers ledgers, Catalogue catalogue) {
        Map<String, List<PublishedFigure>> published = new LinkedHashMap<>();
        for (String report : facts.reports()) {
            published.put(report, facts.published(report, Optional.empty()));
        }
        return new InputSet(year, stored, published, ledgers.activeBatches(), catalogue.digest());
    }

    public InputSet(int year, List<FactView> storedFacts, Map<String, List<PublishedFigure>> publishedByReport, List<String> batches,
                    String catalogueDigest) {
        this.catalogueDigest = catalogueDigest;
        storedFacts.stream().filter(f -> counts(f.key(), f.fiscalYear(), f.unit(), year)).forEach(this::addFact);
        publishedByReport.forEach((report, figures) -> figures.stream()
                .filter(f -> counts(f.key(), f.fiscalYear(), f.unit(), year)).forEach(f -> addPrinted(report, f)));
        for (String b : batches) {
            String id = b.substring(0, b.indexOf('|'));
            add("batch", id, Fingerprint.of(b), "ledger batch " + b.replace("|", " "));
        }
        add("catalogue", "definitions", catalogueDigest, "catalogue: indicators, formulas, consistency rules, targets");
        add("catalogue", "engine", ENGINE_VERSION, "engine " + ENGINE_VERSION);
        add("catalogue", "factors", FACTOR_SET, "emission-factor set " + FACTOR_SET);
    }

    /** The calculation reads the actual numbers of the year and the years before. */
    private static boolean counts(FactKey key, int fiscalYear, Optional<Unit> unit, int year) {
        return fiscalYear <= year && unit.isPresent() && key.nature() == Nature.ACTUAL;
    }

    private void addFact(FactView f) {
        String unit = f.unitCode();
        String standing = Codes.code(f.origin()) + ", " + Codes.code(f.status());
        if (f.notAvailable().isPresent()) {
            Bilingual reason = f.notAvailable().get();
            unavailable.add(new UnavailableInput(f.key(), reason));
            add("fact", f.id(), "not available|" + unit + "|" + Codes.code(f.origin()) + "|" + Codes.code(f.status()) + "|" + reason.en(),
                    f.key() + " not available (" + standing + "): " + reason.en());
            return;
        }
        BigDecimal value = f.amount().orElseThrow();
        facts.add(new InputValue(f.key(), value, unit));
        add("fact", f.id(), value.toPlainString() + "|" + unit + "|" + Codes.code(f.origin()) + "|" + Codes.code(f.status()),
                f.key() + " = " + value.toPlainString() + " " + unit + " (" + standing + ")");
    }

    private void addPrinted(String report, PublishedFigure f) {
        BigDecimal value = f.amount().orElseThrow();
        printed.add(new InputValue(f.key(), value, f.unitCode()));
        add("printed", report + "/" + f.id(), value.toPlainString() + "|" + f.unitCode(), "printed:" + f.key() + " = "
                + value.toPlainString() + " " + f.unitCode() + " (" + report + ")");
    }

    private void add(String kind, String key, String content, String description) {
        sources.put(kind + "|" + key, new Source(kind, key, Fingerprint.of(content), description));
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
