package org.esgledger.app.ledger.internal;

import java.util.Map;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.ghg.GhgException;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An inventory error on a ledger row, told the way import problems are: the file, its batch, the
 * row and the column the problem is in, in zh and en. The whole import is refused with it. (No
 * applicable factor is not such an error: the figure is then not available, see EnergyKind.)
 */
final class GhgRowProblem {

    /** The ledger column each inventory problem is about. */
    private static final Map<String, String> COLUMN = Map.of(
            "ghg.needsMass", "quantity",
            "ghg.unitMismatch", "quantity",
            "ghg.noGwp", "activity",
            "ghg.noSuchFactor", "factor",
            "ghg.factorUnit", "factor_unit",
            "ghg.badPin", "factor");

    private GhgRowProblem() {
    }

    static EsgException of(JdbcClient jdbc, long batch, int row, GhgException e, String factorColumn) {
        String file = jdbc.sql("select file_name from ledger_batch where id = ?").param(batch).query(String.class).optional().orElse("?");
        String column = COLUMN.getOrDefault(e.problem().key(), factorColumn);
        return new EsgException(AppMessages.of("ghg.row", file, String.valueOf(batch), String.valueOf(row), column, e.problem().en(),
                e.problem().zh()));
    }
}
