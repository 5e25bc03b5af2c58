package org.esgledger.app.cli;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.i18n.Message;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * A failing database told in two short lines and its SQLSTATE: what happened (connection lost,
 * server shut down, refused password, full disk, …), never the SQL nor the rows it carried. The
 * server's or driver's own words are added only for the kinds of failure whose text holds no data
 * (connection, authentication, missing database, resources, shutdown).
 */
final class DatabaseFailure {

    private DatabaseFailure() {
    }

    static Optional<Failure> of(Throwable ex) {
        List<SQLException> found = new ArrayList<>();
        boolean database = false;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>(List.of(ex));
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            database |= t instanceof DataAccessException || t instanceof TransactionException;
            if (t instanceof SQLException sql) {
                found.add(sql);
                if (sql.getNextException() != null) {
                    todo.add(sql.getNextException());
                }
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
        }
        if (found.isEmpty() && !database) {
            return Optional.empty();
        }
        SQLException told = told(found);
        String state = told == null ? null : told.getSQLState();
        Message m = AppMessages.of("db.failed", AppMessages.of(reason(state)));
        List<String> lines = new ArrayList<>(List.of("错误：" + m.zh(), "Error: " + m.en()));
        if (state != null) {
            boolean quotable = withoutData(state) && !(told instanceof BatchUpdateException) && told.getMessage() != null;
            String words = quotable ? ": " + Failure.cut(told.getMessage().lines().findFirst().orElse("")) : "";
            lines.add("  SQLSTATE " + state + words);
        }
        return Optional.of(new Failure(EsgCommand.FAILED, lines));
    }

    /** The innermost exception with a SQLSTATE, preferring the server's or driver's own over a batch's summary (which quotes the SQL). */
    private static SQLException told(List<SQLException> found) {
        SQLException told = null;
        for (SQLException e : found) {
            if (e.getSQLState() != null && !(e instanceof BatchUpdateException)) {
                told = e;
            }
        }
        if (told == null) {
            for (SQLException e : found) {
                if (e.getSQLState() != null) {
                    told = e;
                }
            }
        }
        return told;
    }

    static String reason(String state) {
        if (state == null || state.length() < 2) {
            return "db.other";
        }
        if (state.equals("57014")) {
            return "db.cancelled";
        }
        return switch (state.substring(0, 2)) {
            case "08" -> "db.connection";
            case "57" -> "db.shutdown";
            case "28" -> "db.auth";
            case "3D" -> "db.noDatabase";
            case "53" -> "db.resources";
            case "40" -> "db.conflict";
            case "23" -> "db.constraint";
            case "22" -> "db.data";
            case "42" -> "db.statement";
            default -> "db.other";
        };
    }

    /** Failures whose first line names a host, a user or a resource, not a value or a statement. */
    private static boolean withoutData(String state) {
        return state.length() >= 2 && switch (state.substring(0, 2)) {
            case "08", "28", "3D", "53", "57" -> true;
            default -> false;
        };
    }
}
