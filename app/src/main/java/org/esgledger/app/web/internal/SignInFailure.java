package org.esgledger.app.web.internal;

import org.esgledger.engine.i18n.Message;
import org.springframework.security.core.AuthenticationException;

/** A refused sign-in, with the zh+en message the sign-in page shows. */
class SignInFailure extends AuthenticationException {

    private final transient Message problem;

    SignInFailure(Message problem) {
        super(problem.en());
        this.problem = problem;
    }

    Message problem() {
        return problem;
    }
}
