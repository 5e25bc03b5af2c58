package org.esgledger.app.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.esgledger.app.calculation.CalculatedValue;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.fact.FactVersion;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code esg facts}: every fact of a fiscal year with its value, unit, status, origin and id, then
 * the values the year's current snapshot computes from them (formulas and roll-ups).
 */
@Command(name = "facts", description = {"List facts: indicator, entity, period, breakdown, exact value and unit, status, origin, id.",
        "列出数据点：指标、主体、期间、细分、精确值及单位、状态、来源、编号。"})
class FactsCommand implements Callable<Integer> {

    static final List<String> TABLE_COLUMNS = List.of("fact_id", "indicator", "entity", "period", "breakdown", "nature", "value",
            "unit", "status", "origin");

    static final List<String> COLUMNS = List.of("fact_id", "indicator", "name_zh", "name_en", "entity", "period", "breakdown",
            "nature", "value", "unit", "status", "origin", "source_file", "source_row", "entered_by", "note");

    @ParentCommand
    EsgCommand esg;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "YYYY", description = "Fiscal year (periods that end in it); all years when left out.")
    Integer year;

    @Option(names = "--stored-only", description = "Only stored facts: leave out the values the current snapshots compute "
            + "(origin derived: by formula; rolled_up: from entities, months or breakdown members).")
    boolean storedOnly;

    @Option(names = "--history", paramLabel = "FACT_ID", description = "Every value this fact ever held, with who, when and why.")
    String history;

    @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        try (var context = esg.open()) {
            if (history != null) {
                Output versions = new Output(List.of("version", "value", "unit", "status", "origin", "by", "at", "audit_seq", "action", "reason"),
                        List.of("version", "value", "audit_seq"));
                for (FactVersion v : context.getBean(Facts.class).history(history.strip())) {
                    versions.row(List.of(Integer.toString(v.version()), v.value().orElse("—"), v.unit().orElse(""), Codes.code(v.status()), Codes.code(v.origin()),
                            v.by(), v.at().toString(), Long.toString(v.auditSeq()), v.action(), v.reason()));
                }
                versions.write(format, spec.commandLine().getOut());
                return 0;
            }
            Output output = new Output(format == OutputFormat.table ? TABLE_COLUMNS : COLUMNS, List.of("value", "source_row"));
            context.getBean(Facts.class).list(Optional.ofNullable(year)).forEach(f -> output.row(row(f)));
            if (!storedOnly) {
                context.getBean(Calculations.class).computedValues(Optional.ofNullable(year)).forEach(v -> output.row(row(v)));
            }
            output.write(format, spec.commandLine().getOut());
        }
        return 0;
    }

    private List<String> row(FactView f) {
        FactKey k = f.key();
        String unitName = f.unit().map(u -> u.name().zh()).orElse("");
        return format == OutputFormat.table
                ? List.of(f.id(), k.indicator(), k.entity(), k.period().code(), k.breakdown().code(), Codes.code(k.nature()), f.plain(),
                unitName, Codes.code(f.status()), Codes.code(f.origin()))
                : List.of(f.id(), k.indicator(), f.indicatorName().zh(), f.indicatorName().en(), k.entity(), k.period().code(),
                k.breakdown().code(), Codes.code(k.nature()), f.plain(), f.unitCode(), Codes.code(f.status()), Codes.code(f.origin()),
                f.provenance().file().map(Provenance.FileRow::name).orElse(""),
                Integer.toString(f.provenance().file().map(Provenance.FileRow::row).orElse(0)), f.provenance().enteredBy(), f.listedNote());
    }

    /** A value of a snapshot: its status is the snapshot, its origin how it came about. */
    private List<String> row(CalculatedValue v) {
        FactKey k = v.key();
        String status = "snapshot #" + v.snapshot().id();
        String unitName = v.unit().map(u -> u.name().zh()).orElse("");
        return format == OutputFormat.table
                ? List.of(v.id(), k.indicator(), k.entity(), k.period().code(), k.breakdown().code(), Codes.code(k.nature()), v.plain(),
                unitName, status, Codes.code(v.derivation()))
                : List.of(v.id(), k.indicator(), v.indicatorName().zh(), v.indicatorName().en(), k.entity(), k.period().code(),
                k.breakdown().code(), Codes.code(k.nature()), v.plain(), v.unitCode(), status, Codes.code(v.derivation()), "", "0",
                v.snapshot().computedBy(), v.listedNote());
    }
}
