package org.esgledger.engine.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.engine.calc.Calculation;
import org.esgledger.engine.calc.Derivation;
import org.esgledger.engine.calc.Disclosure;
import org.esgledger.engine.calc.InputValue;
import org.esgledger.engine.calc.Outcome;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.formula.FormulaFunctions;
import org.esgledger.engine.i18n.Message;

/**
 * Rule {@code printed-vs-computed}: a figure the report printed equals the one the data gives
 * (from ledger rows, a roll-up or a formula), within the printed rounding: the computed value is
 * rounded half-up to the printed number of decimals in the printed unit. A printed value that is
 * the computed one cut off instead of rounded is a low-severity slip (98.0769 printed as 98.07);
 * anything else is a disagreement. A printed figure the data cannot reproduce (an input missing)
 * is information.
 */
final class PrintedFigures {

    static final String RULE = "printed-vs-computed";

    private PrintedFigures() {
    }

    static List<Finding> check(Calculation calc) {
        List<Finding> out = new ArrayList<>();
        List<FactKey> keys = new ArrayList<>(calc.printedFigures().keySet());
        keys.sort(Comparator.comparing(FactKey::canonical));
        for (FactKey key : keys) {
            InputValue printed = calc.printedAsGiven(key).orElseThrow();
            calc.outcome(key).ifPresent(o -> compare(calc, printed, o).ifPresent(out::add));
        }
        return out;
    }

    private static Optional<Finding> compare(Calculation calc, InputValue printed, Outcome outcome) {
        FactKey key = printed.key();
        if (outcome instanceof Outcome.NotAvailable) {
            Outcome.NotAvailable na = (Outcome.NotAvailable) outcome;
            return Optional.of(new Finding(RULE, Severity.INFO, key.toString(),
                    Message.of("check.printedNotReproducible", key.toString(), plain(printed.value()), printed.unit(), na.reason().en(), na.reason().zh()),
                    List.of(Figure.printed(key, printed.value(), printed.unit()), Figure.computed(key, null, outcome.unit()))));
        }
        BigDecimal exact = ((Outcome.Available) outcome).value();
        BigDecimal inPrintedUnit = exact.multiply(calc.factor(outcome.unit()))
                .divide(calc.factor(printed.unit()), FormulaFunctions.PRECISION);
        int scale = Math.max(0, printed.value().scale());
        BigDecimal rounded = Disclosure.round(inPrintedUnit, scale);
        if (rounded.compareTo(printed.value()) == 0) {
            return Optional.empty();
        }
        List<Figure> figures = List.of(Figure.printed(key, printed.value(), printed.unit()),
                Figure.computed(key, inPrintedUnit, printed.unit()));
        String how = how(outcome.derivation());
        if (inPrintedUnit.setScale(scale, RoundingMode.DOWN).compareTo(printed.value()) == 0) {
            return Optional.of(new Finding(RULE, Severity.LOW, key.toString(), Message.of("check.truncated",
                    key.toString(), plain(printed.value()), printed.unit(), plain(rounded), plain(inPrintedUnit.round(new MathContext(8))), how), figures));
        }
        BigDecimal difference = printed.value().subtract(rounded);
        return Optional.of(new Finding(RULE, Severity.MEDIUM, key.toString(), Message.of("check.printedDiffers",
                key.toString(), plain(printed.value()), printed.unit(), plain(rounded), plain(difference), how), figures));
    }

    /** The derivation in one line: the formula with its input values, or the roll-up's parts. */
    static String how(Derivation d) {
        if (d instanceof Derivation.Derived) {
            Derivation.Derived x = (Derivation.Derived) d;
            StringBuilder s = new StringBuilder(x.formula()).append(" with ");
            for (int i = 0; i < x.inputs().size(); i++) {
                Derivation.Input in = x.inputs().get(i);
                s.append(i == 0 ? "" : ", ").append(in.reference()).append(" = ")
                        .append(in.value().map(PrintedFigures::plain).orElse("n/a")).append(' ').append(in.unit());
            }
            return s.toString();
        }
        if (d instanceof Derivation.RolledUp) {
            return "Σ " + ((Derivation.RolledUp) d).parts().size() + " parts";
        }
        return "stored";
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().scale() < 0 ? v.setScale(0).toPlainString() : v.stripTrailingZeros().toPlainString();
    }

}
