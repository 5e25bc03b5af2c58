package org.esgledger.engine.ledger.emissions;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerKind;
import org.esgledger.engine.ledger.LedgerRows;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;

/**
 * The other-emission-sources ledger ({@code docs/formats/emissions.md}) as a ledger kind: refrigerant
 * top-ups and process emissions (scope 1) and scope 3 activities, converted with one GWP set.
 */
public final class EmissionsKind extends LedgerKind<EmissionActivity> {

    private final String gwpSet;

    /** @param gwpSet the IPCC assessment whose GWPs refrigerants are converted with (SAR, AR4, AR5, AR6) */
    public EmissionsKind(String gwpSet) {
        super(EmissionsLedger.KIND, EmissionsLedger.COLUMNS, EmissionFigures.indicators());
        this.gwpSet = Objects.requireNonNull(gwpSet, "gwpSet");
    }

    public RowReader<EmissionActivity> reader(LedgerTable.Header header, LedgerContext context) {
        return EmissionsLedger.reader(header, context::entity, context.units());
    }

    public List<ComputedFact> figures(LedgerRows<EmissionActivity> rows, LedgerContext context) {
        return EmissionFigures.of(rows, context, gwpSet);
    }

    public List<String> cells(EmissionActivity a, UnitCatalogue units) {
        return List.of(a.entity(), a.month().toString(), EmissionsLedger.SOURCE.label(a.source()), a.activity(),
                a.quantity().value().toPlainString(), a.quantity().unit().symbol(), a.factorId(),
                a.factorValue().map(BigDecimal::toPlainString).orElse(""), a.factorUnit(), a.factorSource(),
                String.valueOf(a.dataQuality()), a.method());
    }

    public EmissionActivity example(UnitCatalogue units) {
        return new EmissionActivity("group", YearMonth.of(2024, 3), "c06_business_travel", "air",
                new Quantity(new BigDecimal("12000"), units.unit("pkm").orElseThrow()), "", Optional.of(new BigDecimal("0.15")),
                "kgCO2e/pkm", "supplier (airline) report", 2, "distance-based");
    }
}
