package org.esgledger.engine.ledger;

import java.util.List;

/** What became of a ledger row: a record, or the problems that kept it out. */
public sealed interface RowResult<T> permits RowResult.Accepted, RowResult.Rejected {

    int row();

    record Accepted<T>(int row, T record) implements RowResult<T> {
    }

    record Rejected<T>(int row, List<CellProblem> problems) implements RowResult<T> {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
