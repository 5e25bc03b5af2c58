package org.esgledger.app.fact.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.esgledger.app.fact.GridCell;
import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.fact.Origin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The facts of one entity's fiscal years as the fact grid shows them (one query per page). */
@Repository
public class GridQueries {

    /** A stored fact of the grid with its key's parts and fiscal year. */
    public record GridFact(String indicator, String breakdown, String nature, int year, String entity, String period, GridCell cell) {
    }

    private static final String SELECT = """
            select f.indicator_code, f.breakdown, f.nature, p.fiscal_year, f.id, coalesce(f.value_text, f.value_number::text),
                   f.value_number, coalesce(f.unit_code, ''), f.status, f.origin, f.entered_by, coalesce(f.reviewed_by, ''),
                   f.rejection_reason, f.entity_code, f.period_code
            from fact f join period p on p.code = f.period_code
            """;

    private final JdbcClient jdbc;

    public GridQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts of an entity for these fiscal years (whole years only, not months nor spans). */
    public List<GridFact> facts(String entity, List<Integer> years) {
        return jdbc.sql(SELECT + " where f.entity_code = ? and f.period_code = any(?::text[]) order by f.indicator_code, f.nature, f.breakdown")
                .params(entity, "{" + String.join(",", years.stream().map(String::valueOf).toList()) + "}")
                .query(GridQueries::fact).list();
    }

    public Optional<GridFact> fact(String id) {
        return jdbc.sql(SELECT + " where f.id = ?").param(id).query(GridQueries::fact).optional();
    }

    private static GridFact fact(ResultSet rs, int n) throws SQLException {
        GridCell cell = new GridCell(rs.getString(5), rs.getString(6) == null ? "" : rs.getString(6), Optional.ofNullable(rs.getBigDecimal(7)),
                rs.getString(8), FactStatus.parse(rs.getString(9)), Origin.parse(rs.getString(10)), rs.getString(11), rs.getString(12),
                rs.getString(13));
        return new GridFact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(14), rs.getString(15), cell);
    }
}
