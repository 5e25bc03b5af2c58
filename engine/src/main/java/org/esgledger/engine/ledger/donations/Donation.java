package org.esgledger.engine.ledger.donations;

import java.time.LocalDate;
import java.util.Objects;

import org.esgledger.engine.unit.Quantity;

/**
 * One charitable donation (a row of the donations ledger).
 *
 * @param recipientMember member of dimension {@code recipient} when the recipient is a known one, else empty
 * @param purpose         {@code rural_revitalisation}, {@code education}, {@code community}, {@code disaster_relief}, {@code other}
 * @param form            {@code cash} or {@code in_kind}
 */
public record Donation(LocalDate date, String entity, String recipient, String recipientMember, String country,
                       Quantity amount, String purpose, String form, String note) {

    public Donation {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(amount, "amount");
        recipientMember = recipientMember == null ? "" : recipientMember;
        country = country == null || country.isBlank() ? "CN" : country;
        note = note == null ? "" : note;
    }
}
