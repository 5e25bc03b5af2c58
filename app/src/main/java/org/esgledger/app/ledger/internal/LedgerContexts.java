package org.esgledger.app.ledger.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.ledger.LedgerSettings;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerKind;
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

    /**
     * The context for a kind's rows; refused when the catalogue lacks an indicator the kind yields
     * (its figures would otherwise be dropped without a word).
     */
    public LedgerContext context(LedgerKind<?> kind) {
        Map<String, String> units = catalogue.indicators().stream().collect(Collectors.toMap(Indicator::code, Indicator::unit));
        List<String> missing = kind.indicators().stream().filter(i -> !units.containsKey(i)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new EsgException(AppMessages.of("ledger.indicatorsMissing", kind.code(), String.join(", ", missing)));
        }
        return new LedgerContext(organisation.tree(), catalogue.dimensions(), catalogue.units(), units,
                new Plausibility(settings.plausibleMax()));
    }
}
