package org.esgledger.engine.ledger;

import java.util.Optional;
import java.util.function.Function;

/**
 * Where the unit of a quantity is stated, and whether the places agree. A unit may be written in the
 * quantity's cell ({@code 100 万千瓦时}), in the row's unit column ({@code 千瓦时}) or in the header
 * ({@code 用电量（度）}); the most specific one is read. When the cell and the unit column, or the unit
 * column and the header, name different units the row is refused with both named: reading either could
 * be off by a factor of ten thousand. A unit written in the cell overrides the header's
 * ({@code 数量（kg）} over a cell {@code 0.5 吨}): people state a unit in a cell on purpose.
 */
public final class StatedUnit {

    private StatedUnit() {
    }

    /**
     * A problem when the places that state a unit disagree, else empty.
     *
     * @param valueColumn the quantity's column (where the problem is reported when the cell states a unit)
     * @param cellUnit    the unit written in the quantity cell, or empty
     * @param unitColumn  the unit column's code, or null when the kind has none
     * @param columnUnit  the unit column's text in this row, or empty
     * @param headerUnit  the unit the header states for the quantity column
     * @param resolve     a unit text to the code of the unit it names (empty if it names none)
     */
    public static Optional<CellProblem> contradiction(String valueColumn, String cellUnit, String unitColumn, String columnUnit,
                                                      Optional<String> headerUnit, Function<String, Optional<String>> resolve) {
        if (!cellUnit.isEmpty() && !columnUnit.isEmpty() && !same(cellUnit, columnUnit, resolve)) {
            return Optional.of(CellProblem.of(valueColumn, "cell.unitContradictsColumn", cellUnit, columnUnit));
        }
        if (cellUnit.isEmpty() && !columnUnit.isEmpty() && headerUnit.isPresent() && !same(columnUnit, headerUnit.get(), resolve)) {
            return Optional.of(CellProblem.of(unitColumn, "cell.unitContradictsHeader", columnUnit, headerUnit.get()));
        }
        return Optional.empty();
    }

    private static boolean same(String a, String b, Function<String, Optional<String>> resolve) {
        if (CellText.fold(a).equalsIgnoreCase(CellText.fold(b))) {
            return true;
        }
        Optional<String> ua = resolve.apply(a);
        return ua.isPresent() && ua.equals(resolve.apply(b));
    }
}
