package org.esgledger.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.esgledger.engine.ghg.EmissionFactor;
import org.esgledger.engine.ghg.FactorLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code esg factors}: lists, searches and validates the emission-factor library (no database needed). */
@Command(name = "factors", description = {"List, search and validate the emission-factor library (factor set, ids, values, units, years, sources).",
        "列出、检索并校验排放因子库（因子集、编号、数值、单位、年份、来源）。"})
class FactorsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--search", paramLabel = "TEXT", description = "Keep factors whose id, activity, region or name contains TEXT (case-insensitive).")
    String search;

    @Option(names = "--validate", description = "Check the library: overlapping factors, unknown provinces, grid factors without a data year, unverified factors.")
    boolean validate;

    @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        FactorLibrary library = FactorLibrary.standard();
        PrintWriter out = spec.commandLine().getOut();
        if (validate) {
            List<String> problems = library.validate();
            out.printf("因子集 / factor set %s: %d factors, %d findings%n", library.factorSet(), library.factors().size(), problems.size());
            problems.forEach(p -> out.println("  " + p));
            out.flush();
            return problems.stream().anyMatch(p -> p.startsWith("overlap") || p.startsWith("unknown")) ? EsgCommand.REFUSED : 0;
        }
        Output output = new Output(List.of("factor_id", "activity", "parameter", "level", "region", "data_year", "value", "unit", "verified",
                "source", "factor_set"), List.of("value"));
        String needle = search == null ? "" : search.toLowerCase(Locale.ROOT);
        for (EmissionFactor f : library.factors()) {
            String hay = (f.id() + " " + f.activity() + " " + f.region() + " " + f.name().zh() + " " + f.name().en()).toLowerCase(Locale.ROOT);
            if (hay.contains(needle)) {
                output.row(List.of(f.id(), f.activity(), f.parameter(), f.regionLevel(), f.region(),
                        f.dataYear().isPresent() ? String.valueOf(f.dataYear().getAsInt()) : "", f.value().toPlainString(), f.unitAsPrinted(),
                        f.verified(), f.source(), f.factorSet()));
            }
        }
        output.write(format, out);
        return 0;
    }
}
