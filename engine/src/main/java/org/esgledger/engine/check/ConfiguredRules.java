package org.esgledger.engine.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.esgledger.engine.calc.Calculation;
import org.esgledger.engine.calc.Disclosure;
import org.esgledger.engine.calc.Evaluation;
import org.esgledger.engine.formula.Formula;
import org.esgledger.engine.formula.FormulaFunctions;
import org.esgledger.engine.i18n.Message;

/**
 * Runs the {@link CheckRule}s kept as data, for every year the calculation covers. A year where
 * none of a rule's inputs exist is skipped; a year where some are missing gives an information
 * finding (the rule could not be run), never a silent pass.
 */
final class ConfiguredRules {

    private ConfiguredRules() {
    }

    static List<Finding> check(Calculation calc, List<CheckRule> rules) {
        List<Finding> out = new ArrayList<>();
        for (CheckRule rule : rules) {
            for (int year : calc.years()) {
                check(calc, rule, year).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<Finding> check(Calculation calc, CheckRule rule, int year) {
        String subject = rule.id() + "@" + rule.entity() + "@" + year;
        List<Evaluation> sides = new ArrayList<>();
        sides.add(calc.evaluate(rule.left(), rule.entity(), year));
        for (Formula r : rule.right()) {
            sides.add(calc.evaluate(r, rule.entity(), year));
        }
        long present = sides.stream().flatMap(s -> s.inputs().stream()).filter(i -> i.value().isPresent()).count();
        List<String> missing = sides.stream().flatMap(s -> s.missing().stream()).distinct().toList();
        if (present == 0) {
            return Optional.empty();
        }
        if (!missing.isEmpty()) {
            return Optional.of(new Finding(rule.id(), Severity.INFO, subject,
                    Message.of("check.ruleNotRun", rule.description().en(), rule.description().zh(), String.valueOf(year), String.join(", ", missing)), List.of()));
        }
        BigDecimal factor = calc.factor(rule.unit());
        BigDecimal left = shown(sides.get(0), factor, rule.decimals());
        List<String> rights = new ArrayList<>();
        boolean agrees = false;
        for (int i = 1; i < sides.size(); i++) {
            BigDecimal right = shown(sides.get(i), factor, rule.decimals());
            rights.add(rule.right().get(i - 1).text() + " = " + right.toPlainString());
            agrees |= right.compareTo(left) == 0;
        }
        if (agrees) {
            return Optional.empty();
        }
        String leftText = rule.left().text() + " = " + left.toPlainString();
        if (rule.kind() == CheckRule.Kind.EQUALS) {
            BigDecimal difference = left.subtract(shown(sides.get(1), factor, rule.decimals()));
            return Optional.of(new Finding(rule.id(), rule.severity(), subject, Message.of("check.ruleEquals",
                    rule.description().en(), rule.description().zh(), String.valueOf(year), leftText, rights.get(0), difference.toPlainString(), rule.unit()), List.of()));
        }
        return Optional.of(new Finding(rule.id(), rule.severity(), subject, Message.of("check.ruleOneOf",
                rule.description().en(), rule.description().zh(), String.valueOf(year), leftText, String.join("; ", rights), rule.unit()), List.of()));
    }

    private static BigDecimal shown(Evaluation e, BigDecimal factor, int decimals) {
        return Disclosure.round(e.value().orElseThrow().divide(factor, FormulaFunctions.PRECISION), decimals);
    }
}
