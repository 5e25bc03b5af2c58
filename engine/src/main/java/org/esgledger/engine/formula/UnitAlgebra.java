package org.esgledger.engine.formula;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.Token;
import org.esgledger.engine.i18n.Message;

/**
 * Works out a formula's {@link UnitDimension} from its references' unit groups, refusing sums and
 * comparisons of different dimensions with the operator's position.
 */
public final class UnitAlgebra {

    private UnitAlgebra() {
    }

    /**
     * @param dimensionOf the dimension of each reference (from its indicator's unit group)
     */
    public static UnitDimension dimension(Formula formula, Function<Reference, UnitDimension> dimensionOf) {
        List<UnitDimension> refs = new ArrayList<>();
        formula.references().forEach(r -> refs.add(dimensionOf.apply(r)));
        return walk(formula, formula.tree(), refs);
    }

    /**
     * Whether the formula multiplies or divides by a literal 100 or 1000: a share written as a
     * percentage by hand. Shares are fractions; the unit (%, ‰) does the scaling.
     */
    public static boolean scalesByHand(Formula formula) {
        return scales(formula.tree());
    }

    /** Whether the formula divides by a literal zero somewhere: refused when saved, whatever the data. */
    public static boolean dividesByZero(Formula formula) {
        return dividesByZero(formula.tree());
    }

    private static boolean dividesByZero(ASTNode node) {
        Token t = node.getToken();
        if (t.getType() == Token.TokenType.INFIX_OPERATOR && (t.getValue().equals("/") || t.getValue().equals("%"))) {
            Token divisor = node.getParameters().get(1).getToken();
            if (divisor.getType() == Token.TokenType.NUMBER_LITERAL && new BigDecimal(divisor.getValue()).signum() == 0) {
                return true;
            }
        }
        return node.getParameters().stream().anyMatch(UnitAlgebra::dividesByZero);
    }

    private static boolean scales(ASTNode node) {
        Token t = node.getToken();
        if (t.getType() == Token.TokenType.INFIX_OPERATOR && (t.getValue().equals("*") || t.getValue().equals("/"))) {
            for (ASTNode p : node.getParameters()) {
                Token pt = p.getToken();
                if (pt.getType() == Token.TokenType.NUMBER_LITERAL
                        && (new BigDecimal(pt.getValue()).compareTo(BigDecimal.valueOf(100)) == 0
                        || new BigDecimal(pt.getValue()).compareTo(BigDecimal.valueOf(1000)) == 0)) {
                    return true;
                }
            }
        }
        return node.getParameters().stream().anyMatch(UnitAlgebra::scales);
    }

    private static UnitDimension walk(Formula f, ASTNode node, List<UnitDimension> refs) {
        Token t = node.getToken();
        List<ASTNode> params = node.getParameters();
        switch (t.getType()) {
            case NUMBER_LITERAL:
                return UnitDimension.NUMBER;
            case VARIABLE_OR_CONSTANT:
                return variable(t.getValue(), refs);
            case PREFIX_OPERATOR:
                UnitDimension operand = walk(f, params.get(0), refs);
                return t.getValue().equals("!") ? UnitDimension.BOOLEAN : operand;
            case INFIX_OPERATOR:
                return infix(f, t, walk(f, params.get(0), refs), walk(f, params.get(1), refs));
            case FUNCTION:
                return function(f, t, params, refs);
            default:
                throw mismatch(f, t, "?", "?");
        }
    }

    private static UnitDimension variable(String name, List<UnitDimension> refs) {
        if (name.equalsIgnoreCase("TRUE") || name.equalsIgnoreCase("FALSE")) {
            return UnitDimension.BOOLEAN;
        }
        int end = name.indexOf('_') < 0 ? name.length() : name.indexOf('_');
        return refs.get(Integer.parseInt(name.substring(1, end)));
    }

    private static UnitDimension infix(Formula f, Token t, UnitDimension a, UnitDimension b) {
        switch (t.getValue()) {
            case "+":
            case "-":
            case "%":
                requireAddable(f, t, a, b);
                return a.join(b);
            case "*":
                return a.times(b, 1);
            case "/":
                return a.times(b, -1);
            case "^":
                if (!a.isDimensionless() || !b.isDimensionless()) {
                    throw mismatch(f, t, a.toString(), b.toString());
                }
                return a.join(b);
            case "&&":
            case "||":
                if (a.kind() != UnitDimension.Kind.BOOLEAN || b.kind() != UnitDimension.Kind.BOOLEAN) {
                    throw mismatch(f, t, a.toString(), b.toString());
                }
                return UnitDimension.BOOLEAN;
            default:
                requireAddable(f, t, a, b);
                return UnitDimension.BOOLEAN;
        }
    }

    private static UnitDimension function(Formula f, Token t, List<ASTNode> params, List<UnitDimension> refs) {
        List<UnitDimension> dims = new ArrayList<>();
        for (ASTNode p : params) {
            dims.add(walk(f, p, refs));
        }
        String name = t.getValue().toUpperCase(Locale.ROOT);
        switch (name) {
            case "IF":
                if (dims.get(0).kind() != UnitDimension.Kind.BOOLEAN) {
                    throw mismatch(f, t, dims.get(0).toString(), "yes/no");
                }
                requireAddable(f, t, dims.get(1), dims.get(2));
                return dims.get(1).join(dims.get(2));
            case "ROUND":
                return dims.get(0);
            case "YOY":
                requireAddable(f, t, dims.get(0), dims.get(1));
                return UnitDimension.NONE;
            default:
                UnitDimension d = dims.isEmpty() ? UnitDimension.NUMBER : dims.get(0);
                for (UnitDimension other : dims) {
                    requireAddable(f, t, d, other);
                    d = d.join(other);
                }
                return d;
        }
    }

    private static void requireAddable(Formula f, Token t, UnitDimension a, UnitDimension b) {
        if (!a.addableTo(b)) {
            throw mismatch(f, t, a.toString(), b.toString());
        }
    }

    private static FormulaException mismatch(Formula f, Token t, String a, String b) {
        int at = Math.max(0, t.getStartPosition() - 1);
        return new FormulaException(f.indicator(), at,
                Message.of("formula.units", f.indicator(), t.getValue(), a, b, at + 1, f.text()));
    }
}
