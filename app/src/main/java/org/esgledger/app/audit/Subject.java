package org.esgledger.app.audit;

/** What a change is about: a kind ({@code fact}, {@code batch}, {@code snapshot}, {@code user}, {@code file}, …) and its id. */
public record Subject(String kind, String id) {

    public static Subject of(String kind, Object id) {
        return new Subject(kind, String.valueOf(id));
    }
}
