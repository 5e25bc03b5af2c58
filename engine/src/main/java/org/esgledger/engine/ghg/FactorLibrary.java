package org.esgledger.engine.ghg;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.i18n.Message;
import org.esgledger.engine.unit.UnitTable;

/**
 * The emission-factor library of one factor set, and the rules that pick a factor for an activity.
 * Selection is explicit and recorded ({@link FactorChoice#rule()}), never a silent fallback; when
 * no factor applies, {@link NoApplicableFactor} names the activity, the entity, its province, the
 * year and the factor sought.
 *
 * <p>Grid electricity (location-based): the factor of the activity's year at the most specific
 * level published for the entity's province — provincial, else its regional grid, else national;
 * when no factor of that year exists yet, the latest earlier year, in the same order.
 */
public final class FactorLibrary {

    public static final String STANDARD_FACTORS = "/org/esgledger/engine/ghg/emission-factors-cn.csv";
    public static final String PROVINCES = "/org/esgledger/engine/ghg/provinces.csv";
    /** Earliest data year searched when falling back. */
    static final int OLDEST = 2000;

    private final String factorSet;
    private final List<EmissionFactor> factors;
    private final Map<String, EmissionFactor> byId = new HashMap<>();
    private final Map<String, Province> provinces;

    /** A province: ISO 3166-2:CN code, names, regional grid. */
    public record Province(String code, Bilingual name, String grid) {
    }

    public FactorLibrary(String factorSet, List<EmissionFactor> factors, Map<String, Province> provinces) {
        this.factorSet = factorSet;
        this.factors = List.copyOf(factors);
        this.provinces = Map.copyOf(provinces);
        for (EmissionFactor f : factors) {
            if (byId.put(f.id(), f) != null) {
                throw new GhgException(Message.of("ghg.duplicateFactor", f.id()));
            }
        }
    }

    /** The library shipped with ESG Ledger: the Chinese factors of the shared reference set. */
    public static FactorLibrary standard() {
        Map<String, Province> provinces = provinces(UnitTable.open(PROVINCES));
        return new FactorLibrary("cn-reference-2026-1", read(UnitTable.open(STANDARD_FACTORS), "cn-reference-2026-1", provinces), provinces);
    }

    public String factorSet() {
        return factorSet;
    }

    public List<EmissionFactor> factors() {
        return factors;
    }

    public Optional<EmissionFactor> factor(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Province> province(String code) {
        return Optional.ofNullable(provinces.get(code));
    }

    /** Location-based grid electricity for an entity in {@code province} in {@code year}. */
    public FactorChoice gridElectricity(String entity, String province, int year) {
        Province p = provinces.get(province);
        if (p == null) {
            throw new NoApplicableFactor(Message.of("ghg.noProvince", entity, province));
        }
        for (int y = year; y >= OLDEST; y--) {
            for (String[] level : new String[][] {{"provincial", p.code()}, {"regional", p.grid()}, {"national", "CN"}}) {
                Optional<EmissionFactor> f = find("grid_average", level[0], level[1], y);
                if (f.isPresent()) {
                    return new FactorChoice(f.get(), Message.of(y == year ? "ghg.rule.grid" : "ghg.rule.gridEarlier", level[0],
                            level[1], String.valueOf(y), String.valueOf(year), p.name().zh()));
                }
            }
        }
        throw new NoApplicableFactor(Message.of("ghg.noGridFactor", entity, p.code(), p.grid(), String.valueOf(year), factorSet));
    }

    /** Market-based residual factor for electricity not covered by green-power contracts or certificates. */
    public FactorChoice residualElectricity(String entity, int year) {
        for (int y = year; y >= OLDEST; y--) {
            Optional<EmissionFactor> f = find("grid_residual", "national", "CN", y);
            if (f.isPresent()) {
                return new FactorChoice(f.get(), Message.of(y == year ? "ghg.rule.residual" : "ghg.rule.residualEarlier",
                        String.valueOf(y), String.valueOf(year)));
            }
        }
        throw new NoApplicableFactor(Message.of("ghg.noResidualFactor", entity, String.valueOf(year), factorSet));
    }

    /** The default emission factor (or another parameter) of a fuel or of purchased heat. */
    public FactorChoice fuel(String activity, String parameter, String entity, int year) {
        return factors.stream().filter(f -> f.activity().equals(activity) && f.parameter().equals(parameter)).findFirst()
                .map(f -> new FactorChoice(f, Message.of("ghg.rule.default", activity)))
                .orElseThrow(() -> new NoApplicableFactor(Message.of("ghg.noFactor", activity + " " + parameter, entity, String.valueOf(year),
                        factorSet)));
    }

    /** A factor pinned by a user for an entity; it must exist and suit the activity. */
    public FactorChoice pinned(String factorId, String activity, String entity) {
        EmissionFactor f = byId.get(factorId);
        if (f == null || !f.activity().startsWith(activity) || !f.parameter().equals("ef")) {
            throw new GhgException(Message.of("ghg.badPin", factorId, entity, activity));
        }
        return new FactorChoice(f, Message.of("ghg.rule.pinned", factorId, entity));
    }

    /**
     * Problems of the library: two factors for the same activity, level, region, parameter and data
     * year (overlapping validity), a provincial factor whose province is unknown, an emission factor
     * without a data year where one is expected (grid electricity), factors not verified.
     */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (EmissionFactor f : factors) {
            String key = f.activity() + "|" + f.parameter() + "|" + f.regionLevel() + "|" + f.region() + "|"
                    + (f.dataYear().isPresent() ? f.dataYear().getAsInt() : "");
            String other = seen.put(key, f.id());
            if (other != null) {
                problems.add("overlap: " + other + " and " + f.id() + " both apply to " + key.replace('|', ' '));
            }
            if (f.region().startsWith("?")) {
                problems.add("unknown province in " + f.id() + ": " + f.region().substring(1));
            }
            if (f.activity().startsWith("grid") && f.dataYear().isEmpty()) {
                problems.add("no data year: " + f.id() + " (grid factors are chosen by data year; this one is never chosen)");
            }
            if (f.verified().equals("no")) {
                problems.add("not verified: " + f.id() + " (verified = no: check the source before using it)");
            }
        }
        return problems;
    }

    private Optional<EmissionFactor> find(String activity, String level, String region, int year) {
        for (EmissionFactor f : factors) {
            if (f.activity().equals(activity) && f.regionLevel().equals(level) && f.region().equals(region) && f.parameter().equals("ef")
                    && f.dataYear().isPresent() && f.dataYear().getAsInt() == year) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    static Map<String, Province> provinces(Reader reader) {
        Map<String, Province> out = new HashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
            for (NamedCsvRecord r : csv) {
                out.put(r.getField("code"), new Province(r.getField("code"), Bilingual.of(r.getField("name_zh"), r.getField("name_en")),
                        r.getField("grid")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Reads a factor file in the reference layout. The activity, parameter and region come from the
     * factor id ({@code EL-PRV-GUANGDONG-2022}, {@code FU-DIESEL-EF}, {@code HEAT-DEFAULT}); the unit as
     * printed is parsed into the emitted mass and the activity unit.
     */
    public static List<EmissionFactor> read(Reader reader, String factorSet, Map<String, Province> provinces) {
        Map<String, String> provinceByName = new HashMap<>();
        provinces.values().forEach(p -> provinceByName.put(p.name().en().toUpperCase(Locale.ROOT).replace(' ', '_'), p.code()));
        List<EmissionFactor> out = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
            for (NamedCsvRecord r : csv) {
                out.add(factor(r, factorSet, provinceByName));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static EmissionFactor factor(NamedCsvRecord r, String factorSet, Map<String, String> provinceByName) {
        String id = r.getField("factor_id").strip();
        String[] parts = id.split("-");
        String activity;
        String parameter = "ef";
        String region = "CN";
        switch (parts[0]) {
            case "EL" -> {
                activity = switch (parts[1]) {
                    case "EXC" -> "grid_residual";
                    case "FOS" -> "grid_fossil";
                    case "ETS" -> "grid_ets";
                    default -> "grid_average";
                };
                if (parts[1].equals("REG")) {
                    region = parts[2];
                } else if (parts[1].equals("PRV")) {
                    region = provinceByName.getOrDefault(parts[2], "?" + parts[2]);
                }
            }
            case "FU" -> {
                activity = parts[1].equals("NG") ? "natural_gas" : parts[1].toLowerCase(Locale.ROOT);
                parameter = parts[2].toLowerCase(Locale.ROOT);
            }
            case "HEAT" -> activity = "purchased_heat";
            default -> throw new GhgException(Message.of("ghg.unknownFactorId", id));
        }
        String unit = r.getField("unit").strip();
        String[] units = parameter.equals("ef") ? emissionUnit(id, unit) : new String[] {"", ""};
        String year = r.getField("data_year").strip();
        return new EmissionFactor(id, activity, parameter, Bilingual.of(r.getField("item_cn"), r.getField("item_en")),
                r.getField("region_level").strip(), region, year.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(year)),
                new BigDecimal(r.getField("value").strip()), unit, units[0], units[1],
                r.getField("issuer").strip() + "; " + r.getField("source_document").strip(), r.getField("document_date").strip(),
                r.getField("verified").strip(), factorSet);
    }

    /** {@code kgCO2/kWh} → kgCO2e per kWh; refuses a unit an emission factor cannot have. */
    public static String[] emissionUnit(String id, String printed) {
        String[] p = printed.replace(" ", "").split("/", 2);
        if (p.length != 2) {
            throw new GhgException(Message.of("ghg.factorUnit", id, printed));
        }
        String emitted = switch (p[0]) {
            case "kgCO2", "kgCO2e" -> "kgCO2e";
            case "tCO2", "tCO2e" -> "tCO2e";
            default -> throw new GhgException(Message.of("ghg.factorUnit", id, printed));
        };
        String per = switch (p[1]) {
            case "kWh" -> "kWh";
            case "MWh" -> "MWh";
            case "t" -> "t";
            case "kg" -> "kg";
            case "pkm", "passenger-km" -> "pkm";
            case "tkm", "t·km", "tonne-km" -> "tkm";
            case "km" -> "km";
            case "CNY", "RMB", "元" -> "CNY";
            case "CNY_10k", "万元" -> "CNY_10k";
            case "GJ" -> "GJ";
            case "10^4Nm3", "10^4m3" -> "10k_m3";
            case "m3", "Nm3" -> "m3";
            default -> throw new GhgException(Message.of("ghg.factorUnit", id, printed));
        };
        return new String[] {emitted, per};
    }
}
