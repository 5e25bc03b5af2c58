package org.esgledger.app.ledger.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The one registry of ledger kinds: every {@link KindRecords} the application has, by code, in a fixed order. */
@Component
public class LedgerKinds {

    private final Map<String, Ledger<?>> ledgers = new LinkedHashMap<>();

    LedgerKinds(List<KindRecords<?>> kinds, RecordStore store, UnitCatalogueSource units, BatchStore batches) {
        kinds.stream().sorted((a, b) -> a.kind().code().compareTo(b.kind().code()))
                .forEach(k -> register(k, store, units, batches));
    }

    private <R> void register(KindRecords<R> kind, RecordStore store, UnitCatalogueSource units, BatchStore batches) {
        if (ledgers.put(kind.kind().code(), new Ledger<>(kind, store, units, batches)) != null) {
            throw new IllegalStateException("two ledger kinds with code " + kind.kind().code());
        }
    }

    public List<String> codes() {
        return List.copyOf(ledgers.keySet());
    }

    public Optional<Ledger<?>> ledger(String code) {
        return Optional.ofNullable(ledgers.get(code));
    }

    public List<Ledger<?>> all() {
        return List.copyOf(ledgers.values());
    }
}
