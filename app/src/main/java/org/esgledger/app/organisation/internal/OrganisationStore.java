package org.esgledger.app.organisation.internal;

import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.organisation.EntityKind;
import org.esgledger.engine.organisation.ReportingEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The entity and period tables. */
@Repository
public class OrganisationStore {

    private final JdbcClient jdbc;

    public OrganisationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReportingEntity> entities() {
        return jdbc.sql("select code, parent_code, kind, name_zh, name_en, country, province, in_boundary, ownership_share, "
                        + "aliases from entity order by code")
                .query((rs, n) -> new ReportingEntity(rs.getString(1), Optional.ofNullable(rs.getString(2)),
                        EntityKind.parse(rs.getString(3)), Bilingual.of(rs.getString(4), rs.getString(5)), rs.getString(6),
                        rs.getString(7), rs.getBoolean(8), rs.getBigDecimal(9),
                        Arrays.asList((String[]) rs.getArray(10).getArray())))
                .list();
    }

    /** Each entity's note (what the organisation file said of it), by code. */
    public Map<String, String> notes() {
        Map<String, String> notes = new HashMap<>();
        jdbc.sql("select code, coalesce(note, '') from entity").query((ResultSet rs) -> {
            notes.put(rs.getString(1), rs.getString(2));
        });
        return notes;
    }

    /** Inserts or updates; parents must already be saved. */
    public void save(ReportingEntity e, String note) {
        jdbc.sql("""
                insert into entity (code, parent_code, kind, name_zh, name_en, country, province, in_boundary, ownership_share,
                                    aliases, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (code) do update set parent_code = excluded.parent_code, kind = excluded.kind,
                    name_zh = excluded.name_zh, name_en = excluded.name_en, country = excluded.country,
                    province = excluded.province, in_boundary = excluded.in_boundary,
                    ownership_share = excluded.ownership_share, aliases = excluded.aliases, note = excluded.note
                """)
                .params(e.code(), e.parent().orElse(null), Codes.code(e.kind()), e.name().zh(), e.name().en(), e.country(),
                        e.province(), e.inBoundary(), e.ownershipShare(), e.aliases().toArray(String[]::new), note)
                .update();
    }

    public void savePeriod(Period p) {
        String kind = p instanceof Period.FiscalYear ? "year" : p instanceof Period.Month ? "month" : "span";
        jdbc.sql("insert into period (code, kind, start_date, end_date, fiscal_year, name_zh, name_en) "
                        + "values (?, ?, ?, ?, ?, ?, ?) on conflict (code) do nothing")
                .params(p.code(), kind, p.start(), p.end(), p.fiscalYear(), p.name().zh(), p.name().en())
                .update();
    }

    public List<String> periodCodes() {
        return jdbc.sql("select code from period order by start_date, end_date").query(String.class).list();
    }
}
