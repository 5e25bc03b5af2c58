package org.esgledger.engine.formula;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.ezylang.evalex.BaseException;
import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.ParseException;
import org.esgledger.engine.i18n.Message;

/**
 * The formula of a derived indicator, e.g. {@code rd_staff / employees_total}, parsed and ready to
 * evaluate. References ({@link Reference}) are found first and stand in the EvalEx expression as
 * variables {@code v0, v1, …} padded to the reference's length, so that EvalEx's error positions
 * are positions in the text the user wrote.
 *
 * <p>A formula gives its result in the reference units of its inputs' unit groups (a share as a
 * fraction: 0.3142, never 31.42); the calculation converts it to the indicator's unit. Writing
 * {@code * 100} is therefore wrong and the unit check says so.
 *
 * <p>Not thread-safe: the EvalEx expression keeps its variables; use one instance per thread.
 */
public final class Formula {

    private final String indicator;
    private final String text;
    private final String version;
    private final List<Reference> references;
    private final Map<String, Integer> variables;
    private final Expression expression;
    private final ASTNode tree;

    private Formula(String indicator, String text, String version, List<Reference> references, Map<String, Integer> variables,
                    Expression expression, ASTNode tree) {
        this.indicator = indicator;
        this.text = text;
        this.version = version;
        this.references = List.copyOf(references);
        this.variables = Map.copyOf(variables);
        this.expression = expression;
        this.tree = tree;
    }

    /**
     * Parses a formula; refuses syntax errors, unknown functions and names that are neither an
     * indicator reference nor TRUE/FALSE, with the position in {@code text}.
     */
    public static Formula parse(String indicator, String text, String version) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(version, "version");
        if (text == null || text.isBlank()) {
            throw new FormulaException(indicator, 0, Message.of("formula.empty", indicator));
        }
        ReferenceScanner.Scan scan = ReferenceScanner.scan(indicator, text);
        Expression expression = new Expression(scan.rewritten(), FormulaFunctions.CONFIGURATION);
        ASTNode tree;
        try {
            tree = expression.getAbstractSyntaxTree();
            expression.validate();
            Set<String> used = expression.getUsedVariables();
            for (String name : used) {
                if (!scan.variables().containsKey(name) && !name.equalsIgnoreCase("TRUE") && !name.equalsIgnoreCase("FALSE")) {
                    int at = scan.rewritten().indexOf(name);
                    throw new FormulaException(indicator, at, Message.of("formula.unknownName", indicator, name, at + 1));
                }
            }
        } catch (ParseException e) {
            int at = Math.max(0, e.getStartPosition() - 1);
            throw new FormulaException(indicator, at, Message.of("formula.syntax", indicator, reason(e), at + 1, text));
        }
        return new Formula(indicator, text.strip(), version, scan.references(), scan.variables(), expression, tree);
    }

    private static String reason(BaseException e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    public String indicator() {
        return indicator;
    }

    public String text() {
        return text;
    }

    public String version() {
        return version;
    }

    /** Distinct references in the order they first appear. */
    public List<Reference> references() {
        return references;
    }

    ASTNode tree() {
        return tree;
    }

    /**
     * Evaluates the formula with one value per reference (same order as {@link #references()}),
     * each in the reference unit of its unit group.
     *
     * @throws FormulaEvaluationException on division by zero or a non-numeric result, with the
     *                                    reason; never a silent zero
     */
    public BigDecimal evaluate(List<BigDecimal> values) {
        if (values.size() != references.size()) {
            throw new IllegalArgumentException("expected " + references.size() + " values, got " + values.size());
        }
        for (Map.Entry<String, Integer> v : variables.entrySet()) {
            expression.with(v.getKey(), Objects.requireNonNull(values.get(v.getValue()), "value"));
        }
        EvaluationValue result;
        try {
            result = expression.evaluateSubtree(tree);
        } catch (EvaluationException e) {
            throw new FormulaEvaluationException(Message.of("formula.evaluation", indicator, reason(e)));
        }
        if (!result.isNumberValue()) {
            throw new FormulaEvaluationException(Message.of("formula.notNumber", indicator));
        }
        return result.getNumberValue();
    }

    @Override
    public String toString() {
        return indicator + " = " + text + " (v" + version + ")";
    }

    /** The reference values a formula needs, listed for lineage. */
    public List<String> referenceTexts() {
        List<String> out = new ArrayList<>();
        references.forEach(r -> out.add(r.text()));
        return out;
    }
}
