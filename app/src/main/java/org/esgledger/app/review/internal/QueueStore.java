package org.esgledger.app.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.esgledger.app.review.QueuedBatch;
import org.esgledger.app.review.QueuedFact;
import org.esgledger.engine.i18n.Bilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The facts and ledger batches in one review status, with the prior year's value beside each fact of a whole year. */
@Repository
public class QueueStore {

    private static final String FACTS = """
            select f.id, f.indicator_code, i.name_zh, i.name_en, f.entity_code, f.period_code, f.breakdown,
                   coalesce(f.value_text, f.value_number::text, ''), f.value_number, coalesce(f.unit_code, ''),
                   coalesce(pf.value_text, pf.value_number::text, ''), pf.value_number, coalesce(pf.unit_code, ''),
                   f.entered_by, coalesce(f.reviewed_by, ''), f.reviewed_at, f.rejection_reason
            from fact f join indicator i on i.code = f.indicator_code
            left join fact pf on f.period_code ~ '^[0-9]{4}$' and pf.period_code = (f.period_code::int - 1)::text
                 and pf.indicator_code = f.indicator_code and pf.entity_code = f.entity_code and pf.breakdown = f.breakdown
                 and pf.nature = f.nature
            where f.status = ? and (?::text is null or f.entered_by = ?::text)
            order by f.entity_code, i.ordinal, f.indicator_code, f.period_code, f.breakdown
            """;

    private final JdbcClient jdbc;

    public QueueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts in this status; with {@code enteredBy}, only those that user entered. */
    public List<QueuedFact> facts(String status, Optional<String> enteredBy) {
        return jdbc.sql(FACTS).params(status, enteredBy.orElse(null), enteredBy.orElse(null)).query(QueueStore::fact).list();
    }

    /** The ledger batches in force in this status; with {@code loadedBy}, only those that user imported. */
    public List<QueuedBatch> batches(String status, Optional<String> loadedBy) {
        return jdbc.sql("""
                select id, kind, file_name, sha256, rows_accepted, loaded_by, coalesce(reviewed_by, ''), reviewed_at, rejection_reason
                from ledger_batch where status = ? and superseded_by is null and (?::text is null or loaded_by = ?::text) order by id""")
                .params(status, loadedBy.orElse(null), loadedBy.orElse(null))
                .query((rs, n) -> new QueuedBatch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6), rs.getString(7), instant(rs.getTimestamp(8)), rs.getString(9)))
                .list();
    }

    private static QueuedFact fact(ResultSet rs, int n) throws SQLException {
        return new QueuedFact(rs.getString(1), rs.getString(2), Bilingual.of(rs.getString(3), rs.getString(4)), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), Optional.ofNullable(rs.getBigDecimal(9)), rs.getString(10),
                rs.getString(11), Optional.ofNullable(rs.getBigDecimal(12)), rs.getString(13), rs.getString(14), rs.getString(15),
                instant(rs.getTimestamp(16)), rs.getString(17));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? Instant.EPOCH : t.toInstant();
    }
}
