package org.esgledger.app.user;

/** A user just added, with the one-time code for their first sign-in. */
public record Enrolment(UserView user, OneTimeCode code) {
}
