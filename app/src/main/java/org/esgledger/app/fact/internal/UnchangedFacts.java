package org.esgledger.app.fact.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.fact.Origin;
import org.esgledger.engine.i18n.Bilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells whether a fact computed from ledgers already holds exactly what a recomputation gives: the
 * same value (scale included), unit and reason for having none, from the same ledger rows. Such a
 * fact is left as it is, with its status and provenance: importing next year's ledger recomputes
 * every year the kind yields, and must not send this year's reviewed figures back to draft.
 */
@Component
class UnchangedFacts {

    private final JdbcClient jdbc;

    UnchangedFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Stored(BigDecimal value, String unit, String origin, String notAvailable) {
    }

    boolean holds(ComputedFact c) {
        Optional<Stored> stored = jdbc.sql("select value_number, unit_code, origin, not_available_en from fact where id = ?")
                .param(c.key().id())
                .query((rs, n) -> new Stored(rs.getBigDecimal(1), rs.getString(2), rs.getString(3), rs.getString(4))).optional();
        if (stored.isEmpty() || !stored.get().origin().equals(Codes.code(Origin.COMPUTED))
                || !Objects.equals(stored.get().value(), c.value()) || !Objects.equals(stored.get().unit(), c.unit())
                || !Objects.equals(stored.get().notAvailable(), c.notAvailable().map(Bilingual::en).orElse(null))) {
            return false;
        }
        List<ComputedFact.SourceRow> rows = jdbc.sql("select batch_id, row_no from fact_source_row where fact_id = ? order by batch_id, row_no")
                .param(c.key().id()).query((rs, n) -> new ComputedFact.SourceRow(rs.getLong(1), rs.getInt(2))).list();
        return rows.equals(c.rows().stream().sorted((a, b) -> a.batch() != b.batch() ? Long.compare(a.batch(), b.batch())
                : Integer.compare(a.row(), b.row())).toList());
    }
}
