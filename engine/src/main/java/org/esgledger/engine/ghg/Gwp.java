package org.esgledger.engine.ghg;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.esgledger.engine.i18n.Message;
import org.esgledger.engine.unit.UnitTable;

/**
 * 100-year global warming potentials by IPCC assessment report (SAR, AR4, AR5, AR6). A gas is
 * named as in the table (HFC-32, R-410A, Methane) or by formula (CH4, N2O, SF6); blends use the
 * table's mass-weighted values as published. A gas no set knows is an error; a gas missing from the
 * chosen set but given by another is {@link NoApplicableFactor} (its emissions are not available).
 */
public final class Gwp {

    public static final String STANDARD = "/org/esgledger/engine/ghg/gwp.csv";
    /** The default set: the latest IPCC assessment, as IFRS S2 asks. */
    public static final String DEFAULT_SET = "AR6";

    private final Map<String, BigDecimal> values;
    /** Every gas name and formula of the table, in upper case. */
    private final Set<String> gases;

    private Gwp(Map<String, BigDecimal> values) {
        this.values = Map.copyOf(values);
        this.gases = Set.copyOf(values.keySet().stream().map(k -> k.substring(0, k.lastIndexOf('|'))).toList());
    }

    public static Gwp standard() {
        return read(UnitTable.open(STANDARD));
    }

    static Gwp read(Reader reader) {
        Map<String, BigDecimal> values = new HashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
            for (NamedCsvRecord r : csv) {
                String set = r.getField("assessment_report").strip();
                BigDecimal v = new BigDecimal(r.getField("gwp100").strip());
                values.putIfAbsent(key(r.getField("gas"), set), v);
                if (!r.getField("family").contains("blend")) {
                    values.putIfAbsent(key(r.getField("formula"), set), v);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gwp(values);
    }

    private static String key(String gas, String set) {
        return gas.strip().toUpperCase(Locale.ROOT) + "|" + set.strip().toUpperCase(Locale.ROOT);
    }

    /** The GWP of {@code gas} in {@code set} (SAR, AR4, AR5, AR6). */
    public BigDecimal of(String gas, String set) {
        BigDecimal v = values.get(key(gas, set));
        if (v == null) {
            if (gases.contains(gas.strip().toUpperCase(Locale.ROOT))) {
                throw new NoApplicableFactor(Message.of("ghg.noGwpInSet", gas, set));
            }
            throw new GhgException(Message.of("ghg.noGwp", gas, set));
        }
        return v;
    }

    /** CO2-equivalent in kg of {@code kg} of a gas released. */
    public BigDecimal co2e(String gas, BigDecimal kg, String set) {
        return kg.multiply(of(gas, set));
    }
}
