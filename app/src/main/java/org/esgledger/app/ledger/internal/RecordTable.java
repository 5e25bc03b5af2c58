package org.esgledger.app.ledger.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.esgledger.engine.unit.Quantity;

/**
 * Where a ledger kind's records are kept: the table, its columns described once (name, type, how
 * the value is taken from a record) and how a record is built back from them. Every table also has
 * {@code batch_id} and {@code row_no}, the record's lineage. Written as
 * {@code RecordTable.<Donation>named("donation_record").date("donated_on", Donation::date)… .reading(v -> …)}.
 */
public record RecordTable<R>(String name, List<StoredColumn<R>> columns, Reader<R> reader) {

    /** Builds a record from its stored values. */
    @FunctionalInterface
    public interface Reader<R> {
        R read(StoredValues values) throws SQLException;
    }

    public RecordTable {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + name);
        }
        columns = List.copyOf(columns);
    }

    public static <R> Columns<R> named(String name) {
        return new Columns<>(name);
    }

    /** The columns of a table being described, in the order they are written. */
    public static final class Columns<R> {
        private final String name;
        private final List<StoredColumn<R>> columns = new ArrayList<>();

        private Columns(String name) {
            this.name = name;
        }

        private Columns<R> add(String column, StoredColumn.Type type, Function<R, ?> value) {
            columns.add(new StoredColumn<>(column, type, value::apply));
            return this;
        }

        public Columns<R> text(String column, Function<R, String> value) {
            return add(column, StoredColumn.Type.TEXT, value);
        }

        public Columns<R> integer(String column, Function<R, Integer> value) {
            return add(column, StoredColumn.Type.INTEGER, value);
        }

        public Columns<R> count(String column, Function<R, Long> value) {
            return add(column, StoredColumn.Type.BIGINT, value);
        }

        public Columns<R> flag(String column, Function<R, Boolean> value) {
            return add(column, StoredColumn.Type.BOOLEAN, value);
        }

        public Columns<R> date(String column, Function<R, LocalDate> value) {
            return add(column, StoredColumn.Type.DATE, value);
        }

        /** A date that may be absent (SQL null). */
        public Columns<R> optionalDate(String column, Function<R, Optional<LocalDate>> value) {
            return add(column, StoredColumn.Type.DATE, r -> value.apply(r).orElse(null));
        }

        /** A month, kept as its first day. */
        public Columns<R> month(String column, Function<R, YearMonth> value) {
            return add(column, StoredColumn.Type.MONTH, value);
        }

        public Columns<R> decimal(String column, Function<R, BigDecimal> value) {
            return add(column, StoredColumn.Type.DECIMAL, value);
        }

        /** A number that may be absent (SQL null). */
        public Columns<R> optionalDecimal(String column, Function<R, Optional<BigDecimal>> value) {
            return add(column, StoredColumn.Type.DECIMAL, r -> value.apply(r).orElse(null));
        }

        /** A list of numbers, some absent (an SQL {@code numeric[]} with nulls). */
        public Columns<R> optionalDecimals(String column, Function<R, List<Optional<BigDecimal>>> value) {
            return add(column, StoredColumn.Type.DECIMAL_ARRAY, r -> value.apply(r).stream().map(o -> o.orElse(null)).toList());
        }

        /** A list of texts (an SQL {@code text[]}). */
        public Columns<R> texts(String column, Function<R, List<String>> value) {
            return add(column, StoredColumn.Type.TEXT_ARRAY, value);
        }

        /** A quantity: its exact value and its unit's code, in two columns. */
        public Columns<R> quantity(String column, String unitColumn, Function<R, Quantity> value) {
            return decimal(column, r -> value.apply(r).value()).text(unitColumn, r -> value.apply(r).unit().code());
        }

        /** A quantity that may be absent: both columns null. */
        public Columns<R> optionalQuantity(String column, String unitColumn, Function<R, Optional<Quantity>> value) {
            return optionalDecimal(column, r -> value.apply(r).map(Quantity::value))
                    .text(unitColumn, r -> value.apply(r).map(q -> q.unit().code()).orElse(null));
        }

        /** The table, with how a record is built back from its stored values. */
        public RecordTable<R> reading(Reader<R> reader) {
            return new RecordTable<>(name, columns, reader);
        }
    }
}
