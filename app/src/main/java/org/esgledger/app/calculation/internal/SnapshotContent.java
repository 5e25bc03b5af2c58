package org.esgledger.app.calculation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.esgledger.engine.calc.Calculation;
import org.esgledger.engine.calc.Derivation;
import org.esgledger.engine.calc.Disclosure;
import org.esgledger.engine.calc.Fingerprint;
import org.esgledger.engine.calc.Outcome;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.check.Finding;
import org.esgledger.engine.check.Severity;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.target.Target;
import org.esgledger.engine.target.TargetStatus;

/**
 * The results of one computation of a fiscal year as rows to store: every value of the year with
 * its derivation, the lineage one level down, the findings and the target statuses; and a digest
 * over all of them, which is the same for the same results, bit for bit.
 */
public record SnapshotContent(List<ValueRow> values, List<InputRow> inputs, List<FindingRow> findings, List<TargetRow> targets) {

    public record ValueRow(String factId, String key, String indicator, String entity, String period, String breakdown,
                           boolean available, BigDecimal value, String unit, String disclosed, Derivation.Kind derivation, String formula,
                           String formulaVersion, String rule, String reasonZh, String reasonEn) {

        /** The value's key: a snapshot holds actual values. */
        public FactKey factKey() {
            return new FactKey(indicator, entity, Period.parse(period), Breakdown.parse(breakdown), Nature.ACTUAL);
        }

        String line() {
            return factId + "|" + key + "|" + available + "|" + (value == null ? "" : value.toPlainString()) + "|" + unit + "|"
                    + disclosed + "|" + Codes.code(derivation) + "|" + formula + "|" + formulaVersion + "|" + rule + "|" + reasonEn;
        }
    }

    public record InputRow(String factId, int ordinal, String inputFactId, String inputKey, String reference, boolean printed,
                           BigDecimal value, String unit, BigDecimal share) {
        String line() {
            return factId + "|" + ordinal + "|" + inputFactId + "|" + inputKey + "|" + reference + "|" + printed + "|"
                    + (value == null ? "" : value.toPlainString()) + "|" + unit + "|" + (share == null ? "" : share.toPlainString());
        }
    }

    public record FindingRow(int ordinal, String rule, Severity severity, String subject, String messageZh, String messageEn) {
        String line() {
            return ordinal + "|" + rule + "|" + Codes.code(severity) + "|" + subject + "|" + messageEn.replace('\n', ' ');
        }
    }

    public record TargetRow(String targetId, TargetStatus.State status, BigDecimal actual, String unit, String explanationZh,
                            String explanationEn) {
        String line() {
            return targetId + "|" + Codes.code(status) + "|" + (actual == null ? "" : actual.toPlainString()) + "|" + unit + "|"
                    + explanationEn;
        }
    }

    public static SnapshotContent of(int year, Calculation calc, List<Finding> findings, Map<Target, TargetStatus> targets) {
        List<ValueRow> values = new ArrayList<>();
        List<InputRow> inputs = new ArrayList<>();
        for (Outcome o : calc.outcomes()) {
            Period p = o.key().period();
            if ((p instanceof Period.FiscalYear || p instanceof Period.Month) && p.fiscalYear() == year) {
                values.add(value(o, calc.model().indicators().get(o.key().indicator()), inputs, calc));
            }
        }
        return new SnapshotContent(values, inputs, findingRows(year, findings), targetRows(targets));
    }

    /** The row of one outcome; the rows of its lineage one level down are added to {@code inputs}. */
    private static ValueRow value(Outcome o, Indicator ind, List<InputRow> inputs, Calculation calc) {
        FactKey key = o.key();
        String formula = "";
        String version = "";
        String rule = "";
        Derivation d = o.derivation();
        if (d instanceof Derivation.Derived x) {
            formula = x.formula();
            version = x.version();
            formulaInputs(key.id(), x, inputs);
        } else if (d instanceof Derivation.RolledUp x) {
            rule = Codes.code(x.rule());
            rolledUpParts(key.id(), x, ind, inputs, calc);
        }
        if (o instanceof Outcome.Available a) {
            return new ValueRow(key.id(), key.toString(), key.indicator(), key.entity(), key.period().code(), key.breakdown().code(),
                    true, a.value(), o.unit(), Disclosure.text(a.value(), ind.decimals()), d.kind(), formula, version, rule, "", "");
        }
        Outcome.NotAvailable na = (Outcome.NotAvailable) o;
        return new ValueRow(key.id(), key.toString(), key.indicator(), key.entity(), key.period().code(), key.breakdown().code(),
                false, null, o.unit(), "", d.kind(), formula, version, rule, na.reason().zh(), na.reason().en());
    }

    private static void formulaInputs(String id, Derivation.Derived x, List<InputRow> inputs) {
        int n = 0;
        for (Derivation.Input in : x.inputs()) {
            inputs.add(new InputRow(id, ++n, in.key().id(), (in.printed() ? "printed:" : "") + in.key(), in.reference(), in.printed(),
                    in.value().orElse(null), in.unit(), null));
        }
    }

    private static void rolledUpParts(String id, Derivation.RolledUp x, Indicator ind, List<InputRow> inputs, Calculation calc) {
        for (int i = 0; i < x.parts().size(); i++) {
            FactKey part = x.parts().get(i);
            BigDecimal v = calc.outcome(part).filter(po -> po instanceof Outcome.Available)
                    .map(po -> ((Outcome.Available) po).value()).orElse(null);
            inputs.add(new InputRow(id, i + 1, part.id(), part.toString(), "", false, v, ind.unit(),
                    x.shares().isEmpty() ? null : x.shares().get(i)));
        }
    }

    /** The findings about the year's figures, numbered. */
    private static List<FindingRow> findingRows(int year, List<Finding> findings) {
        List<FindingRow> rows = new ArrayList<>();
        for (Finding f : findings) {
            if (f.subject().contains("@" + year) || f.subject().endsWith("@" + year)) {
                rows.add(new FindingRow(rows.size() + 1, f.rule(), f.severity(), f.subject(), f.message().zh(), f.message().en()));
            }
        }
        return rows;
    }

    private static List<TargetRow> targetRows(Map<Target, TargetStatus> targets) {
        List<TargetRow> rows = new ArrayList<>();
        targets.forEach((t, s) -> {
            BigDecimal actual = s instanceof TargetStatus.Achieved a ? a.actual()
                    : s instanceof TargetStatus.NotAchieved n ? n.actual() : null;
            rows.add(new TargetRow(t.id(), s.state(), actual, actual == null ? "" : t.unit(), s.explanation().zh(), s.explanation().en()));
        });
        return rows;
    }

    /** SHA-256 over every row: equal for equal results. */
    public String digest() {
        Fingerprint f = new Fingerprint();
        values.forEach(v -> f.add("value", v.line()));
        inputs.forEach(i -> f.add("input", i.line()));
        findings.forEach(x -> f.add("finding", x.line()));
        targets.forEach(t -> f.add("target", t.line()));
        return f.hex();
    }
}
