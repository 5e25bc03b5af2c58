package org.esgledger.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.catalogue.FrameworkRef;
import org.esgledger.engine.catalogue.Indicator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code esg catalogue}: the indicators with unit, rules and framework references. */
@Command(name = "catalogue", description = {"List indicators with unit, value type, aggregation, decimals and framework references.",
        "列出指标目录：单位、数据类型、汇总规则、披露小数位及框架索引。"})
class CatalogueCommand implements Callable<Integer> {

    @ParentCommand
    EsgCommand esg;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        try (var context = esg.open()) {
            List<Indicator> indicators = context.getBean(Catalogue.class).indicators();
            Output output = new Output(List.of("code", "name_zh", "name_en", "value_type", "unit", "aggregation", "decimals",
                    "direction", "dimensions", "szse", "gri", "issb", "sdg"), List.of("decimals"));
            for (Indicator i : indicators) {
                output.row(List.of(i.code(), i.name().zh(), i.name().en(), Codes.code(i.valueType()), i.unit(),
                        Codes.code(i.aggregation()), Integer.toString(i.decimals()), Codes.code(i.direction()),
                        String.join(";", i.dimensions()), refs(i, "SZSE"), refs(i, "GRI"), refs(i, "ISSB"), refs(i, "SDG")));
            }
            output.write(format, spec.commandLine().getOut());
        }
        return 0;
    }

    private static String refs(Indicator i, String framework) {
        return i.references().stream().filter(r -> r.framework().name().equals(framework)).map(FrameworkRef::code)
                .collect(Collectors.joining(";"));
    }
}
