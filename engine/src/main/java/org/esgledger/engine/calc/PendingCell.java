package org.esgledger.engine.calc;

/** A formula cell waiting to be recomputed after a change, ordered by year, then formula order, then entity. */
record PendingCell(int year, int order, String indicator, String entity) implements Comparable<PendingCell> {

    @Override
    public int compareTo(PendingCell o) {
        int c = Integer.compare(year, o.year);
        c = c != 0 ? c : Integer.compare(order, o.order);
        return c != 0 ? c : entity.compareTo(o.entity);
    }
}
