package org.esgledger.app.period.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.esgledger.app.period.PeriodLock;
import org.esgledger.app.period.Restated;
import org.esgledger.app.period.RestatedValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The period_lock and restatement tables. */
@Repository
public class LockStore {

    private final JdbcClient jdbc;

    public LockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PeriodLock> lock(int year) {
        return jdbc.sql("select fiscal_year, locked_by, locked_at, reason from period_lock where fiscal_year = ?").param(year)
                .query((rs, n) -> new PeriodLock(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .optional();
    }

    /** Every locked year, the latest first. */
    public List<PeriodLock> locks() {
        return jdbc.sql("select fiscal_year, locked_by, locked_at, reason from period_lock order by fiscal_year desc")
                .query((rs, n) -> new PeriodLock(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4))).list();
    }

    public void lock(PeriodLock lock, long auditSeq) {
        jdbc.sql("insert into period_lock (fiscal_year, locked_by, locked_at, reason, audit_seq) values (?, ?, ?, ?, ?)")
                .params(lock.year(), lock.lockedBy(), Timestamp.from(lock.lockedAt()), lock.reason(), auditSeq).update();
    }

    public void restated(Restated r) {
        jdbc.sql("""
                insert into restatement (fact_id, indicator_code, entity_code, fiscal_year, breakdown, old_number, old_text, old_unit,
                                         new_number, new_text, new_unit, reason, restated_by, restated_at, audit_seq)
                values (:fact, :indicator, :entity, :year, :breakdown, :oldNumber, :oldText, :oldUnit, :newNumber, :newText, :newUnit,
                        :reason, :by, :at, :seq)""")
                .param("fact", r.factId()).param("indicator", r.indicator()).param("entity", r.entity()).param("year", r.year())
                .param("breakdown", r.breakdown())
                .param("oldNumber", r.before().number(), Types.NUMERIC).param("oldText", r.before().text(), Types.VARCHAR)
                .param("oldUnit", r.before().unit(), Types.VARCHAR)
                .param("newNumber", r.after().number(), Types.NUMERIC).param("newText", r.after().text(), Types.VARCHAR)
                .param("newUnit", r.after().unit(), Types.VARCHAR)
                .param("reason", r.reason()).param("by", r.by()).param("at", Timestamp.from(r.at())).param("seq", r.auditSeq())
                .update();
    }

    /** The restatements of the years from {@code first} to {@code last}, in the order they were made. */
    public List<Restated> restatements(int first, int last) {
        return jdbc.sql("""
                select fact_id, indicator_code, entity_code, fiscal_year, breakdown, old_number, old_text, old_unit, new_number, new_text,
                       new_unit, reason, restated_by, restated_at, audit_seq
                from restatement where fiscal_year between ? and ? order by id""")
                .params(first, last).query(LockStore::restated).list();
    }

    /** Whether a figure of the year was restated after this instant. */
    public boolean restatedAfter(int year, Instant at) {
        return jdbc.sql("select exists (select 1 from restatement where fiscal_year = ? and restated_at > ?)")
                .params(year, Timestamp.from(at)).query(Boolean.class).single();
    }

    private static Restated restated(ResultSet rs, int n) throws SQLException {
        return new Restated(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                new RestatedValue(rs.getBigDecimal(6), rs.getString(7), rs.getString(8)),
                new RestatedValue(rs.getBigDecimal(9), rs.getString(10), rs.getString(11)),
                rs.getString(12), rs.getString(13), rs.getTimestamp(14).toInstant(), rs.getLong(15));
    }
}
