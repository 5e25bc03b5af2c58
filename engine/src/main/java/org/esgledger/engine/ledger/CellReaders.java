package org.esgledger.engine.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.Unit;
import org.esgledger.engine.unit.UnitCatalogue;
import org.esgledger.engine.unit.UnitException;

/**
 * Reads typed cells of a ledger row, adding a {@link CellProblem} for each cell that is wrong and
 * returning null for it, so a row's checks collect every problem rather than stopping at the first.
 */
public final class CellReaders {

    /** Ledger dates before this year, or more than a year ahead, are taken for typing mistakes. */
    public static final int EARLIEST_YEAR = 1950;

    private final LedgerTable.Row row;
    private final List<CellProblem> problems;

    public CellReaders(LedgerTable.Row row, List<CellProblem> problems) {
        this.row = row;
        this.problems = problems;
    }

    public String text(String column, boolean required) {
        String t = row.get(column);
        if (t.isEmpty() && required) {
            problems.add(CellProblem.of(column, "cell.empty"));
        }
        return t;
    }

    /** The entity code a required cell names (code, name or alias), or null with a problem. */
    public String entity(String column, Function<String, Optional<String>> entities) {
        String t = text(column, true);
        if (t.isEmpty()) {
            return null;
        }
        Optional<String> code = entities.apply(t);
        if (code.isEmpty()) {
            problems.add(CellProblem.of(column, "ledger.unknownEntity", t));
            return null;
        }
        return code.get();
    }

    /** A fiscal year from 2000 to 2100, or null with a problem. */
    public Integer year(String column) {
        try {
            int year = (int) CellNumbers.readWhole(row.get(column));
            if (year < 2000 || year > 2100) {
                problems.add(CellProblem.of(column, "supplier.year", row.get(column)));
                return null;
            }
            return year;
        } catch (CellValueException e) {
            problems.add(new CellProblem(column, e.problem()));
            return null;
        }
    }

    /** A month, or null with a problem. */
    public YearMonth month(String column) {
        try {
            return CellDates.month(row.get(column));
        } catch (CellValueException e) {
            problems.add(new CellProblem(column, e.problem()));
            return null;
        }
    }

    public String coded(String column, Vocabulary vocabulary, boolean required) {
        String t = row.get(column);
        if (t.isEmpty()) {
            if (required) {
                problems.add(CellProblem.of(column, "cell.empty"));
            }
            return null;
        }
        Optional<String> code = vocabulary.code(t);
        if (code.isEmpty()) {
            problems.add(CellProblem.of(column, "ledger.notInList", t, vocabulary.describe()));
            return null;
        }
        return code.get();
    }

    public LocalDate date(String column, boolean required) {
        String t = row.get(column);
        if (t.isEmpty()) {
            if (required) {
                problems.add(CellProblem.of(column, "cell.empty"));
            }
            return null;
        }
        try {
            LocalDate date = CellDates.date(t);
            if (date.getYear() < EARLIEST_YEAR || date.isAfter(LocalDate.now().plusYears(1))) {
                problems.add(CellProblem.of(column, "cell.dateOutOfRange", t, String.valueOf(EARLIEST_YEAR)));
                return null;
            }
            return date;
        } catch (CellValueException e) {
            problems.add(new CellProblem(column, e.problem()));
            return null;
        }
    }

    /**
     * A positive quantity of the given unit group. The unit comes from the cell ({@code 3.5吨}), else
     * the unit column, else the header ({@code 数量（kg）}), else {@code defaultUnit}; it must belong to
     * the group. Zero and negative amounts are refused, and so are amounts above {@code max} (in the
     * group's reference unit): a plausibility range, not a law of nature.
     */
    public Quantity quantity(String column, String unitColumn, Optional<String> headerUnit, UnitCatalogue units,
                             String group, String defaultUnit, BigDecimal max) {
        String t = row.get(column);
        if (t.isEmpty()) {
            problems.add(CellProblem.of(column, "cell.empty"));
            return null;
        }
        CellNumbers.Reading reading;
        try {
            reading = CellNumbers.read(t);
        } catch (CellValueException e) {
            problems.add(new CellProblem(column, e.problem()));
            return null;
        }
        String columnUnit = unitColumn == null ? "" : row.get(unitColumn);
        Optional<CellProblem> contradiction = StatedUnit.contradiction(column, reading.unitText(), unitColumn, columnUnit, headerUnit,
                text -> resolved(units, text, group));
        if (contradiction.isPresent()) {
            problems.add(contradiction.get());
            return null;
        }
        String unitText = !reading.unitText().isEmpty() ? reading.unitText()
                : !columnUnit.isEmpty() ? columnUnit
                : headerUnit.orElse(defaultUnit);
        Unit unit;
        try {
            unit = units.resolve(unitText, group);
        } catch (UnitException e) {
            problems.add(new CellProblem(reading.unitText().isEmpty() && unitColumn != null && !row.get(unitColumn).isEmpty()
                    ? unitColumn : column, e.problem()));
            return null;
        }
        if (reading.value().signum() <= 0) {
            problems.add(CellProblem.of(column, "cell.notPositive", t));
            return null;
        }
        Quantity q = new Quantity(reading.value(), unit);
        if (units.convert(q, units.referenceUnit(group)).value().compareTo(max) > 0) {
            String limit = units.convert(new Quantity(max, units.referenceUnit(group)), unit).value().stripTrailingZeros().toPlainString();
            problems.add(CellProblem.of(column, "cell.implausible", t, limit, unit.name().zh(), unit.symbol()));
            return null;
        }
        return q;
    }

    /** The code of the unit of the group a text names, if it names one. */
    public static Optional<String> resolved(UnitCatalogue units, String text, String... groups) {
        for (String group : groups) {
            try {
                return Optional.of(units.resolve(text, group).code());
            } catch (UnitException e) {
                // not a unit of this group
            }
        }
        return Optional.empty();
    }
}
