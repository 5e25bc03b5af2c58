package org.esgledger.engine.formula;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Set;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.AbstractFunction;
import com.ezylang.evalex.functions.FunctionParameter;
import com.ezylang.evalex.functions.basic.AbsFunction;
import com.ezylang.evalex.functions.basic.AverageFunction;
import com.ezylang.evalex.functions.basic.IfFunction;
import com.ezylang.evalex.functions.basic.MaxFunction;
import com.ezylang.evalex.functions.basic.MinFunction;
import com.ezylang.evalex.functions.basic.RoundFunction;
import com.ezylang.evalex.functions.basic.SumFunction;
import com.ezylang.evalex.parser.Token;

/**
 * The sandbox formulas run in: EvalEx over {@link BigDecimal} with 34 significant digits
 * (DECIMAL128, half-even), a closed list of functions and no way out to Java: no strings,
 * arrays, structures, dates, random numbers or user-defined functions; only the constants TRUE and
 * FALSE. The same formula over the same inputs always gives the same digits.
 */
public final class FormulaFunctions {

    /** Precision of every intermediate result; rounding to the disclosed places happens only at disclosure. */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    /** Function names a formula may call. */
    public static final Set<String> NAMES = Set.of("SUM", "AVG", "MIN", "MAX", "IF", "ROUND", "ABS", "YOY");

    static final ExpressionConfiguration CONFIGURATION = ExpressionConfiguration.builder()
            .mathContext(PRECISION)
            .functionDictionary(MapBasedFunctionDictionary.ofFunctions(
                    Map.entry("SUM", new SumFunction()),
                    Map.entry("AVG", new AverageFunction()),
                    Map.entry("MIN", new MinFunction()),
                    Map.entry("MAX", new MaxFunction()),
                    Map.entry("IF", new IfFunction()),
                    Map.entry("ROUND", new RoundFunction()),
                    Map.entry("ABS", new AbsFunction()),
                    Map.entry("YOY", new YoyFunction())))
            .defaultConstants(Map.of("TRUE", EvaluationValue.booleanValue(true), "FALSE", EvaluationValue.booleanValue(false)))
            .arraysAllowed(false)
            .structuresAllowed(false)
            .binaryAllowed(false)
            .implicitMultiplicationAllowed(false)
            .singleQuoteStringLiteralsAllowed(false)
            .stripTrailingZeros(false)
            .build();

    private FormulaFunctions() {
    }

    /** {@code YOY(current, previous)}: the change on the previous value as a fraction, (current − previous) / previous. */
    @FunctionParameter(name = "current")
    @FunctionParameter(name = "previous")
    public static final class YoyFunction extends AbstractFunction {
        @Override
        public EvaluationValue evaluate(Expression expression, Token functionToken, EvaluationValue... parameters)
                throws EvaluationException {
            BigDecimal current = parameters[0].getNumberValue();
            BigDecimal previous = parameters[1].getNumberValue();
            if (previous.signum() == 0) {
                throw new EvaluationException(functionToken, "Division by zero");
            }
            return EvaluationValue.numberValue(current.subtract(previous).divide(previous, PRECISION));
        }
    }
}
