package org.esgledger.app.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
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

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        try (var context = esg.open()) {
            List<FactView> facts = new java.util.ArrayList<>(context.getBean(Facts.class).list(Optional.ofNullable(year)));
            if (!storedOnly) {
                facts.addAll(context.getBean(org.esgledger.app.calculation.Calculations.class).computedValues(Optional.ofNullable(year)));
            }
            Output output = new Output(format == OutputFormat.table
                    ? List.of("fact_id", "indicator", "entity", "period", "breakdown", "nature", "value", "unit", "status", "origin")
                    : COLUMNS, List.of("value", "source_row"));
            for (FactView f : facts) {
                output.row(format == OutputFormat.table
                        ? List.of(f.id(), f.indicator(), f.entity(), f.period(), f.breakdown(), f.nature(), f.value(),
                        f.unitName().zh(), f.status(), f.origin())
                        : List.of(f.id(), f.indicator(), f.indicatorName().zh(), f.indicatorName().en(), f.entity(), f.period(),
                        f.breakdown(), f.nature(), f.value(), f.unit(), f.status(), f.origin(), f.sourceFile(),
                        Integer.toString(f.sourceRow()), f.enteredBy(), f.note()));
            }
            output.write(format, spec.commandLine().getOut());
        }
        return 0;
    }
}
