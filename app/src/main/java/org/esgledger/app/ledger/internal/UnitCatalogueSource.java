package org.esgledger.app.ledger.internal;

import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.engine.unit.UnitCatalogue;
import org.springframework.stereotype.Component;

/** The workspace's units, for reading stored ledger quantities back. */
@Component
public class UnitCatalogueSource {

    private final Catalogue catalogue;

    public UnitCatalogueSource(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public UnitCatalogue units() {
        return catalogue.units();
    }
}
