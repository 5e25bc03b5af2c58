package org.esgledger.app.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.app.catalogue.internal.CatalogueStore;
import org.esgledger.engine.catalogue.Dimension;
import org.esgledger.engine.catalogue.FrameworkItem;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.unit.UnitCatalogue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the workspace knows: units, breakdown dimensions, framework items and indicators. */
@Service
@Transactional(readOnly = true)
public class Catalogue {

    private final CatalogueStore store;

    Catalogue(CatalogueStore store) {
        this.store = store;
    }

    public UnitCatalogue units() {
        return store.units();
    }

    public Map<String, Dimension> dimensions() {
        return store.dimensions();
    }

    public List<FrameworkItem> frameworkItems() {
        return store.frameworkItems();
    }

    public List<Indicator> indicators() {
        return store.indicators();
    }

    public Optional<Indicator> indicator(String code) {
        return indicators().stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
