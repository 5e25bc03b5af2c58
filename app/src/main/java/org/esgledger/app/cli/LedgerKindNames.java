package org.esgledger.app.cli;

import java.util.Iterator;
import java.util.List;

import org.esgledger.engine.ledger.donations.DonationLedger;
import org.esgledger.engine.ledger.emissions.EmissionsLedger;
import org.esgledger.engine.ledger.employees.EmployeeLedger;
import org.esgledger.engine.ledger.energy.EnergyLedger;
import org.esgledger.engine.ledger.safety.SafetyLedger;
import org.esgledger.engine.ledger.suppliers.SupplierLedger;
import org.esgledger.engine.ledger.surveys.SurveyLedger;
import org.esgledger.engine.ledger.training.TrainingLedger;
import org.esgledger.engine.ledger.waste.WasteLedger;

/**
 * The ledger kinds, as help and shell completion list them for {@code --ledger KIND} and
 * {@code template KIND} ({@code ${COMPLETION-CANDIDATES}}): one list for every command. Help is
 * printed without opening a workspace, while the registry, {@code Ledgers.kinds()}, lives in the
 * running application; {@code LedgerKindNamesTest} holds the two equal, and the registry is what
 * a command checks the kind it is given against.
 */
final class LedgerKindNames implements Iterable<String> {

    static final List<String> NAMES = List.of(EmployeeLedger.KIND, TrainingLedger.KIND, WasteLedger.KIND, DonationLedger.KIND,
            SupplierLedger.KIND, SurveyLedger.KIND, SafetyLedger.KIND, EnergyLedger.KIND, EmissionsLedger.KIND);

    @Override
    public Iterator<String> iterator() {
        return NAMES.iterator();
    }
}
