package org.esgledger.app.setup.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.MonthDay;
import java.util.Optional;

import org.esgledger.app.setup.CompanyProfile;
import org.esgledger.engine.i18n.Bilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of table {@code company}: the profile {@code esg init} recorded. */
@Repository
public class CompanyStore {

    private final JdbcClient jdbc;

    CompanyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CompanyProfile> profile() {
        return jdbc.sql("select name_zh, name_en, fiscal_year_end, currency from company")
                .query((rs, n) -> new CompanyProfile(Bilingual.of(rs.getString(1), rs.getString(2)),
                        MonthDay.parse("--" + rs.getString(3)), rs.getString(4)))
                .optional();
    }

    public void save(CompanyProfile p, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.sql("""
                        insert into company (singleton, name_zh, name_en, fiscal_year_end, currency, created_at, updated_at)
                        values (true, ?, ?, ?, ?, ?, ?)
                        on conflict (singleton) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
                            fiscal_year_end = excluded.fiscal_year_end, currency = excluded.currency, updated_at = excluded.updated_at""")
                .params(p.name().zh(), p.name().en(), p.fiscalYearEndText(), p.currency(), at, at).update();
    }
}
