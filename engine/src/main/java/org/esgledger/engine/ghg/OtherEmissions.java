package org.esgledger.engine.ghg;

import java.math.BigDecimal;
import java.util.Optional;

import org.esgledger.engine.i18n.Message;
import org.esgledger.engine.ledger.emissions.EmissionActivity;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;

/**
 * Emissions of the other-emission-sources ledger: a refrigerant top-up at the gas's GWP of the
 * inventory's GWP set (the mass topped up is taken as the mass leaked, the GHG Protocol's
 * mass-balance simplification); any other activity at its factor — a library factor named by id, or
 * the factor the row carries (a supplier's or an EEIO factor, with its source). The activity must be
 * in the factor's activity unit or convertible to it. A gas the chosen GWP set lacks (another set has
 * it) gives a line whose emissions are not available, with the reason.
 */
public final class OtherEmissions {

    private final FactorLibrary library;
    private final Gwp gwp;
    private final String gwpSet;
    private final UnitCatalogue units;

    public OtherEmissions(FactorLibrary library, Gwp gwp, String gwpSet, UnitCatalogue units) {
        this.library = library;
        this.gwp = gwp;
        this.gwpSet = gwpSet;
        this.units = units;
    }

    public String gwpSet() {
        return gwpSet;
    }

    public InventoryLine line(EmissionActivity a, long batch, int row) {
        String where = a.entity() + " " + a.month() + " " + a.source();
        if (a.source().equals("refrigerant")) {
            BigDecimal kg = convert(a.quantity(), "kg", where);
            BigDecimal value;
            try {
                value = gwp.of(a.activity(), gwpSet);
            } catch (NoApplicableFactor e) {
                return InventoryLine.notAvailable(a.entity(), a.month(), a.source(), batch, row, Optional.of(Scope.ONE), Optional.empty(), kg,
                        "kg", e.problem(), BigDecimal.ZERO, BigDecimal.ZERO);
            }
            return new InventoryLine(a.entity(), a.month(), a.source(), batch, row, Optional.of(Scope.ONE), Optional.empty(), kg, "kg",
                    "GWP:" + gwpSet + ":" + a.activity(), value, "kgCO2e/kg", Message.of("ghg.rule.gwp", a.activity(), gwpSet),
                    kg.multiply(value), BigDecimal.ZERO, BigDecimal.ZERO);
        }
        String factorId;
        BigDecimal value;
        String emitted;
        String per;
        String printed;
        Message rule;
        if (!a.factorId().isEmpty()) {
            EmissionFactor f = library.factor(a.factorId()).filter(x -> x.parameter().equals("ef"))
                    .orElseThrow(() -> new GhgException(Message.of("ghg.noSuchFactor", a.factorId(), where)));
            factorId = f.id();
            value = f.value();
            emitted = f.emitted();
            per = f.per();
            printed = f.unitAsPrinted();
            rule = Message.of("ghg.rule.named", f.id());
        } else {
            String[] u = FactorLibrary.emissionUnit("row " + row, a.factorUnit());
            factorId = "row:" + row;
            value = a.factorValue().orElseThrow();
            emitted = u[0];
            per = u[1];
            printed = a.factorUnit();
            rule = Message.of("ghg.rule.rowFactor", a.factorSource().isEmpty() ? "?" : a.factorSource());
        }
        BigDecimal activity = convert(a.quantity(), per, where);
        BigDecimal co2eKg = activity.multiply(value).multiply(units.unit(emitted).orElseThrow().factor());
        return new InventoryLine(a.entity(), a.month(), a.source(), batch, row, Optional.of(a.scope()), Optional.empty(), activity, per,
                factorId, value, printed, rule, co2eKg, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private BigDecimal convert(Quantity q, String unit, String where) {
        var to = units.unit(unit).orElseThrow();
        if (!units.convertible(q.unit(), to)) {
            throw new GhgException(Message.of("ghg.unitMismatch", where, q.unit().code(), unit));
        }
        return units.convert(q, to).value();
    }
}
