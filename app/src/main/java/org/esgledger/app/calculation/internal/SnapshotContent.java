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
                           boolean available, BigDecimal value, String unit, String disclosed, String derivation, String formula,
                           String formulaVersion, String rule, String reasonZh, String reasonEn) {
        String line() {
            return factId + "|" + key + "|" + available + "|" + (value == null ? "" : value.toPlainString()) + "|" + unit + "|"
                    + disclosed + "|" + derivation + "|" + formula + "|" + formulaVersion + "|" + rule + "|" + reasonEn;
        }
    }

    public record InputRow(String factId, int ordinal, String inputFactId, String inputKey, String reference, boolean printed,
                           BigDecimal value, String unit, BigDecimal share) {
        String line() {
            return factId + "|" + ordinal + "|" + inputFactId + "|" + inputKey + "|" + reference + "|" + printed + "|"
                    + (value == null ? "" : value.toPlainString()) + "|" + unit + "|" + (share == null ? "" : share.toPlainString());
        }
    }

    public record FindingRow(int ordinal, String rule, String severity, String subject, String messageZh, String messageEn) {
        String line() {
            return ordinal + "|" + rule + "|" + severity + "|" + subject + "|" + messageEn.replace('\n', ' ');
        }
    }

    public record TargetRow(String targetId, String status, BigDecimal actual, String unit, String explanationZh, String explanationEn) {
        String line() {
            return targetId + "|" + status + "|" + (actual == null ? "" : actual.toPlainString()) + "|" + unit + "|" + explanationEn;
        }
    }

    public static SnapshotContent of(int year, Calculation calc, List<Finding> findings, Map<Target, TargetStatus> targets) {
        List<ValueRow> values = new ArrayList<>();
        List<InputRow> inputs = new ArrayList<>();
        for (Outcome o : calc.outcomes()) {
            Period p = o.key().period();
            if (!(p instanceof Period.FiscalYear || p instanceof Period.Month) || p.fiscalYear() != year) {
                continue;
            }
            Indicator ind = calc.model().indicators().get(o.key().indicator());
            String id = o.key().id();
            String derivation = "stored";
            String formula = "";
            String version = "";
            String rule = "";
            Derivation d = o.derivation();
            if (d instanceof Derivation.Derived) {
                Derivation.Derived x = (Derivation.Derived) d;
                derivation = "derived";
                formula = x.formula();
                version = x.version();
                int n = 0;
                for (Derivation.Input in : x.inputs()) {
                    inputs.add(new InputRow(id, ++n, in.key().id(), (in.printed() ? "printed:" : "") + in.key(), in.reference(), in.printed(),
                            in.value().orElse(null), in.unit(), null));
                }
            } else if (d instanceof Derivation.RolledUp) {
                Derivation.RolledUp x = (Derivation.RolledUp) d;
                derivation = "rolled_up";
                rule = Codes.code(x.rule());
                for (int i = 0; i < x.parts().size(); i++) {
                    var part = x.parts().get(i);
                    BigDecimal v = calc.outcome(part).filter(po -> po instanceof Outcome.Available)
                            .map(po -> ((Outcome.Available) po).value()).orElse(null);
                    inputs.add(new InputRow(id, i + 1, part.id(), part.toString(), "", false, v, ind.unit(),
                            x.shares().isEmpty() ? null : x.shares().get(i)));
                }
            }
            if (o instanceof Outcome.Available) {
                BigDecimal v = ((Outcome.Available) o).value();
                values.add(new ValueRow(id, o.key().toString(), o.key().indicator(), o.key().entity(), p.code(), o.key().breakdown().code(),
                        true, v, o.unit(), Disclosure.text(v, ind.decimals()), derivation, formula, version, rule, "", ""));
            } else {
                Outcome.NotAvailable na = (Outcome.NotAvailable) o;
                values.add(new ValueRow(id, o.key().toString(), o.key().indicator(), o.key().entity(), p.code(), o.key().breakdown().code(),
                        false, null, o.unit(), "", derivation, formula, version, rule, na.reason().zh(), na.reason().en()));
            }
        }
        List<FindingRow> findingRows = new ArrayList<>();
        for (Finding f : findings) {
            if (f.subject().contains("@" + year) || f.subject().endsWith("@" + year)) {
                findingRows.add(new FindingRow(findingRows.size() + 1, f.rule(), Codes.code(f.severity()), f.subject(),
                        f.message().zh(), f.message().en()));
            }
        }
        List<TargetRow> targetRows = new ArrayList<>();
        targets.forEach((t, s) -> {
            BigDecimal actual = s instanceof TargetStatus.Achieved ? ((TargetStatus.Achieved) s).actual()
                    : s instanceof TargetStatus.NotAchieved ? ((TargetStatus.NotAchieved) s).actual() : null;
            targetRows.add(new TargetRow(t.id(), s.code(), actual, actual == null ? "" : t.unit(), s.explanation().zh(), s.explanation().en()));
        });
        return new SnapshotContent(values, inputs, findingRows, targetRows);
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
