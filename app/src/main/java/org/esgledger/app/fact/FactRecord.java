package org.esgledger.app.fact;

import java.util.List;

/** One stored fact with every value it held, for the fact page of the web application (what {@code esg facts --history} prints). */
public record FactRecord(String id, String indicator, String entity, String period, String breakdown, GridCell current,
                         List<FactVersion> history) {

    public FactRecord {
        history = List.copyOf(history);
    }
}
