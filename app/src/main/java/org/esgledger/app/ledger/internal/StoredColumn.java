package org.esgledger.app.ledger.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

/**
 * A column of a ledger's record table: its SQL name, its type and how its value is taken from a
 * record. Described once, as data ({@link RecordTable}); {@link RecordStore} writes and reads every
 * kind's table with it.
 */
public record StoredColumn<R>(String name, Type type, Function<R, Object> value) {

    /** How a value is bound to a statement; {@code null} is SQL null. */
    public enum Type {
        TEXT(Types.VARCHAR), INTEGER(Types.INTEGER), BIGINT(Types.BIGINT), BOOLEAN(Types.BOOLEAN), DATE(Types.DATE),
        MONTH(Types.DATE), DECIMAL(Types.NUMERIC), DECIMAL_ARRAY(Types.ARRAY), TEXT_ARRAY(Types.ARRAY);

        private final int sqlType;

        Type(int sqlType) {
            this.sqlType = sqlType;
        }

        void bind(PreparedStatement statement, int index, Object value) throws SQLException {
            if (value == null) {
                statement.setNull(index, sqlType);
                return;
            }
            switch (this) {
                case TEXT -> statement.setString(index, (String) value);
                case INTEGER -> statement.setInt(index, ((Number) value).intValue());
                case BIGINT -> statement.setLong(index, ((Number) value).longValue());
                case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
                case DATE -> statement.setDate(index, Date.valueOf((LocalDate) value));
                case MONTH -> statement.setDate(index, Date.valueOf(((YearMonth) value).atDay(1)));
                case DECIMAL -> statement.setBigDecimal(index, (BigDecimal) value);
                case DECIMAL_ARRAY -> statement.setArray(index, array(statement, "numeric", value));
                case TEXT_ARRAY -> statement.setArray(index, array(statement, "text", value));
                default -> throw new IllegalStateException(name());
            }
        }

        /** A list as an SQL array of the given element type (nulls kept). */
        private static Array array(PreparedStatement statement, String elementType, Object list) throws SQLException {
            return statement.getConnection().createArrayOf(elementType, ((List<?>) list).toArray());
        }
    }
}
