package org.esgledger.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.esgledger.app.calculation.ExplainNode;
import org.esgledger.app.calculation.Explanations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code esg explain REF}: the lineage of a value down to ledger rows and entered values. */
@Command(name = "explain", description = {"Explain a value of the current snapshot: formula, inputs, roll-ups, down to ledger rows, who entered and approved each value, "
        + "and the evidence and comments on them.",
        "解释当前快照中的某个数值：公式、输入、汇总，直至台账行、录入人和审核人，以及附在其上的证据和评论。"})
class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    EsgCommand esg;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REF", description = "A fact id (F + 16 hex digits) or indicator@entity@period[dimension=member], e.g. rd_staff_share@group@2024.")
    String reference;

    @Option(names = "--depth", defaultValue = "8", description = "How many levels of inputs to show (default: ${DEFAULT-VALUE}).")
    int depth;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (var context = esg.open()) {
            ExplainNode root = context.getBean(Explanations.class).explain(reference, depth);
            print(out, root, "", "");
            out.flush();
        }
        return 0;
    }

    private static void print(PrintWriter out, ExplainNode n, String first, String rest) {
        out.println(first + n.key() + " = " + n.value());
        out.println(rest + "    " + n.how());
        for (String d : n.details()) {
            out.println(rest + "    " + d);
        }
        for (String a : n.annotations().lines()) {
            out.println(rest + "    " + a);
        }
        for (int i = 0; i < n.children().size(); i++) {
            boolean last = i == n.children().size() - 1;
            print(out, n.children().get(i), rest + (last ? "└─ " : "├─ "), rest + (last ? "   " : "│  "));
        }
    }
}
