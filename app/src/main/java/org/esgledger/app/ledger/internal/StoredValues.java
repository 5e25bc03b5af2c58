package org.esgledger.app.ledger.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;

/**
 * The stored columns of one record, read by name in their Java types; what a {@link RecordTable}
 * builds its record from. Units come back as the catalogue's.
 */
public final class StoredValues {

    private final ResultSet rs;
    private final Map<String, Integer> index;
    private final UnitCatalogue units;

    StoredValues(ResultSet rs, Map<String, Integer> index, UnitCatalogue units) {
        this.rs = rs;
        this.index = index;
        this.units = units;
    }

    private int at(String column) {
        Integer i = index.get(column);
        if (i == null) {
            throw new IllegalArgumentException("no stored column " + column);
        }
        return i;
    }

    public String text(String column) throws SQLException {
        return rs.getString(at(column));
    }

    public int integer(String column) throws SQLException {
        return rs.getInt(at(column));
    }

    public long count(String column) throws SQLException {
        return rs.getLong(at(column));
    }

    public boolean flag(String column) throws SQLException {
        return rs.getBoolean(at(column));
    }

    public LocalDate date(String column) throws SQLException {
        return rs.getDate(at(column)).toLocalDate();
    }

    public Optional<LocalDate> optionalDate(String column) throws SQLException {
        return Optional.ofNullable(rs.getDate(at(column))).map(Date::toLocalDate);
    }

    public YearMonth month(String column) throws SQLException {
        return YearMonth.from(date(column));
    }

    public BigDecimal decimal(String column) throws SQLException {
        return rs.getBigDecimal(at(column));
    }

    public Optional<BigDecimal> optionalDecimal(String column) throws SQLException {
        return Optional.ofNullable(decimal(column));
    }

    /** An SQL {@code numeric[]}, its nulls absent. */
    public List<Optional<BigDecimal>> optionalDecimals(String column) throws SQLException {
        List<Optional<BigDecimal>> out = new ArrayList<>();
        for (Object o : elements(column)) {
            out.add(Optional.ofNullable((BigDecimal) o));
        }
        return out;
    }

    /** An SQL {@code text[]}. */
    public List<String> texts(String column) throws SQLException {
        List<String> out = new ArrayList<>();
        for (Object o : elements(column)) {
            out.add((String) o);
        }
        return out;
    }

    private Object[] elements(String column) throws SQLException {
        Array array = rs.getArray(at(column));
        return (Object[]) array.getArray();
    }

    public Quantity quantity(String column, String unitColumn) throws SQLException {
        return new Quantity(decimal(column), units.unit(text(unitColumn)).orElseThrow());
    }

    public Optional<Quantity> optionalQuantity(String column, String unitColumn) throws SQLException {
        BigDecimal value = decimal(column);
        return value == null ? Optional.empty() : Optional.of(new Quantity(value, units.unit(text(unitColumn)).orElseThrow()));
    }
}
