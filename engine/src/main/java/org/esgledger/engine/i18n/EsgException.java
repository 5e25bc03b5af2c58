package org.esgledger.engine.i18n;

/**
 * An error a user can act on: it carries a {@link Message} (i18n key and arguments) so that the
 * command line, the web UI and logs can show it in Chinese and English.
 */
public class EsgException extends RuntimeException {

    private final transient Message problem;

    public EsgException(Message problem) {
        super(problem.en());
        this.problem = problem;
    }

    public EsgException(Message problem, Throwable cause) {
        super(problem.en(), cause);
        this.problem = problem;
    }

    public Message problem() {
        return problem;
    }

    public Bilingual text() {
        return problem.text();
    }
}
