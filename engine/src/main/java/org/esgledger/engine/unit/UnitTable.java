package org.esgledger.engine.unit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.esgledger.engine.i18n.Bilingual;

/**
 * Reads unit groups and units from their CSV tables (formats in {@code docs/formats/units.md}).
 * The standard tables ship with the engine, so the engine converts units on its own.
 */
public final class UnitTable {

    public static final String STANDARD_GROUPS = "/org/esgledger/engine/unit/unit-groups.csv";
    public static final String STANDARD_UNITS = "/org/esgledger/engine/unit/units.csv";

    private UnitTable() {
    }

    /** The units every workspace starts with: SI, the Chinese units people type, CNY scales. */
    public static UnitCatalogue standard() {
        return new UnitCatalogue(readGroups(open(STANDARD_GROUPS)), readUnits(open(STANDARD_UNITS)));
    }

    public static Reader open(String resource) {
        InputStream in = UnitTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    public static List<UnitGroup> readGroups(Reader reader) {
        List<UnitGroup> groups = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
            for (NamedCsvRecord r : csv) {
                String currency = r.getField("currency").strip();
                groups.add(new UnitGroup(r.getField("code").strip(),
                        Bilingual.of(r.getField("name_zh"), r.getField("name_en")),
                        r.getField("reference_unit").strip(),
                        currency.isEmpty() ? Optional.empty() : Optional.of(currency)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return groups;
    }

    public static List<Unit> readUnits(Reader reader) {
        List<Unit> units = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
            for (NamedCsvRecord r : csv) {
                String aliases = r.getField("aliases").strip();
                units.add(new Unit(r.getField("code").strip(), r.getField("group").strip(),
                        r.getField("symbol").strip(),
                        Bilingual.of(r.getField("name_zh"), r.getField("name_en")),
                        new BigDecimal(r.getField("factor").strip()),
                        aliases.isEmpty() ? List.of() : Arrays.stream(aliases.split("\\|")).map(String::strip).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return units;
    }
}
