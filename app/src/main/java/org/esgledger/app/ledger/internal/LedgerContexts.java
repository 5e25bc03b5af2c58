package org.esgledger.app.ledger.internal;

import java.util.stream.Collectors;

import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.ledger.LedgerSettings;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.ledger.Plausibility;
import org.springframework.stereotype.Component;

/** What ledger rows are checked against and figures computed with, as the store holds it now. */
@Component
public class LedgerContexts {

    private final Organisation organisation;
    private final Catalogue catalogue;
    private final LedgerSettings settings;

    LedgerContexts(Organisation organisation, Catalogue catalogue, LedgerSettings settings) {
        this.organisation = organisation;
        this.catalogue = catalogue;
        this.settings = settings;
    }

    public LedgerKind.Context context() {
        return new LedgerKind.Context(organisation.tree(), catalogue.dimensions(), catalogue.units(),
                catalogue.indicators().stream().collect(Collectors.toMap(Indicator::code, Indicator::unit)),
                new Plausibility(settings.plausibleMax()));
    }
}
