package org.esgledger.app.ledger.internal;

import org.esgledger.engine.ledger.donations.Donation;
import org.esgledger.engine.ledger.donations.DonationsKind;
import org.springframework.stereotype.Component;

/** The donations ledger's records, in {@code donation_record}. */
@Component
class DonationRecords extends KindRecords<Donation> {

    private static final RecordTable<Donation> TABLE = RecordTable.<Donation>named("donation_record")
            .date("donated_on", Donation::date)
            .text("entity_code", Donation::entity)
            .text("recipient", Donation::recipient)
            .text("recipient_member", Donation::recipientMember)
            .text("country", Donation::country)
            .quantity("amount", "unit_code", Donation::amount)
            .text("purpose", Donation::purpose)
            .text("form", Donation::form)
            .text("note", Donation::note)
            .reading(v -> new Donation(v.date("donated_on"), v.text("entity_code"), v.text("recipient"),
                    v.text("recipient_member"), v.text("country"), v.quantity("amount", "unit_code"), v.text("purpose"),
                    v.text("form"), v.text("note")));

    DonationRecords() {
        super(new DonationsKind(), TABLE);
    }
}
