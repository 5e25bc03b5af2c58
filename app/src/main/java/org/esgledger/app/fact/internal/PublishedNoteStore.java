package org.esgledger.app.fact.internal;

import java.util.List;
import java.util.Optional;

import org.esgledger.app.fact.PublishedNote;
import org.esgledger.engine.i18n.Bilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code published_note} table: why a published figure differs from the system's value. */
@Repository
public class PublishedNoteStore {

    private final JdbcClient jdbc;

    PublishedNoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The fact id of the figure a report published for a key; empty when it published none. */
    public Optional<String> factId(String report, String indicator, String entity, String period, String breakdown, String nature) {
        return jdbc.sql("""
                select fact_id from published_figure where report = ? and indicator_code = ? and entity_code = ? and period_code = ?
                and breakdown = ? and nature = ?""")
                .params(report, indicator, entity, period, breakdown, nature).query(String.class).optional();
    }

    public void save(PublishedNote n) {
        jdbc.sql("""
                insert into published_note (report, fact_id, report_zh, report_en, reason_zh, reason_en, source)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (report, fact_id) do update set report_zh = excluded.report_zh, report_en = excluded.report_en,
                    reason_zh = excluded.reason_zh, reason_en = excluded.reason_en, source = excluded.source""")
                .params(n.report(), n.factId(), n.reportName().zh(), n.reportName().en(), n.reason().zh(), n.reason().en(), n.source())
                .update();
    }

    public List<PublishedNote> all() {
        return jdbc.sql("select report, fact_id, report_zh, report_en, reason_zh, reason_en, source from published_note order by report, fact_id")
                .query((rs, n) -> new PublishedNote(rs.getString(1), rs.getString(2), Bilingual.of(rs.getString(3), rs.getString(4)),
                        Bilingual.of(rs.getString(5), rs.getString(6)), rs.getString(7)))
                .list();
    }
}
