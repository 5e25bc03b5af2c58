package org.esgledger.app.catalogue.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.engine.catalogue.Aggregation;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.catalogue.Dimension;
import org.esgledger.engine.catalogue.Direction;
import org.esgledger.engine.catalogue.Framework;
import org.esgledger.engine.catalogue.FrameworkItem;
import org.esgledger.engine.catalogue.FrameworkRef;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.catalogue.ValueType;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.unit.Unit;
import org.esgledger.engine.unit.UnitCatalogue;
import org.esgledger.engine.unit.UnitGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the catalogue tables: units, dimensions, framework items, indicators. */
@Repository
public class CatalogueStore {

    private final JdbcClient jdbc;

    public CatalogueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void saveUnits(Collection<UnitGroup> groups, Collection<Unit> units) {
        for (UnitGroup g : groups) {
            jdbc.sql("insert into unit_group (code, name_zh, name_en, reference_unit, currency) values (?, ?, ?, ?, ?) "
                            + "on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en, "
                            + "reference_unit = excluded.reference_unit, currency = excluded.currency")
                    .params(g.code(), g.name().zh(), g.name().en(), g.referenceUnit(), g.currency().orElse(null)).update();
        }
        for (Unit u : units) {
            jdbc.sql("insert into unit (code, group_code, symbol, name_zh, name_en, factor, aliases) values (?, ?, ?, ?, ?, ?, ?) "
                            + "on conflict (code) do update set group_code = excluded.group_code, symbol = excluded.symbol, "
                            + "name_zh = excluded.name_zh, name_en = excluded.name_en, factor = excluded.factor, aliases = excluded.aliases")
                    .params(u.code(), u.groupCode(), u.symbol(), u.name().zh(), u.name().en(), u.factor(),
                            u.aliases().toArray(String[]::new))
                    .update();
        }
    }

    public UnitCatalogue units() {
        List<UnitGroup> groups = jdbc.sql("select code, name_zh, name_en, reference_unit, currency from unit_group order by code")
                .query((rs, n) -> new UnitGroup(rs.getString(1), Bilingual.of(rs.getString(2), rs.getString(3)),
                        rs.getString(4), Optional.ofNullable(rs.getString(5))))
                .list();
        List<Unit> units = jdbc.sql("select code, group_code, symbol, name_zh, name_en, factor, aliases from unit order by code")
                .query((rs, n) -> new Unit(rs.getString(1), rs.getString(2), rs.getString(3),
                        Bilingual.of(rs.getString(4), rs.getString(5)), rs.getBigDecimal(6), strings(rs.getArray(7))))
                .list();
        return new UnitCatalogue(groups, units);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    public void saveDimension(Dimension d) {
        jdbc.sql("insert into dimension (code, name_zh, name_en) values (?, ?, ?) on conflict (code) do update "
                        + "set name_zh = excluded.name_zh, name_en = excluded.name_en")
                .params(d.code(), d.name().zh(), d.name().en()).update();
        for (Dimension.Member m : d.members()) {
            jdbc.sql("insert into dimension_member (dimension_code, code, name_zh, name_en) values (?, ?, ?, ?) "
                            + "on conflict (dimension_code, code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en")
                    .params(d.code(), m.code(), m.name().zh(), m.name().en()).update();
        }
    }

    public Map<String, Dimension> dimensions() {
        Map<String, Bilingual> names = new LinkedHashMap<>();
        jdbc.sql("select code, name_zh, name_en from dimension order by code")
                .query(rs -> {
                    names.put(rs.getString(1), Bilingual.of(rs.getString(2), rs.getString(3)));
                });
        Map<String, List<Dimension.Member>> members = new LinkedHashMap<>();
        jdbc.sql("select dimension_code, code, name_zh, name_en from dimension_member order by dimension_code, code")
                .query(rs -> {
                    members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Dimension.Member(rs.getString(2), Bilingual.of(rs.getString(3), rs.getString(4))));
                });
        Map<String, Dimension> out = new LinkedHashMap<>();
        names.forEach((code, name) -> out.put(code, new Dimension(code, name, members.getOrDefault(code, List.of()))));
        return out;
    }

    public void saveFrameworkItems(Collection<FrameworkItem> items) {
        for (FrameworkItem i : items) {
            jdbc.sql("insert into framework_item (framework, code, kind, title_zh, title_en, verified, source) "
                            + "values (?, ?, ?, ?, ?, ?, ?) on conflict (framework, code) do update set kind = excluded.kind, "
                            + "title_zh = excluded.title_zh, title_en = excluded.title_en, verified = excluded.verified, source = excluded.source")
                    .params(i.framework().name(), i.code(), i.kind(), i.title().zh(), i.title().en(), i.verified(), i.source())
                    .update();
        }
    }

    public List<FrameworkItem> frameworkItems() {
        return jdbc.sql("select framework, code, kind, title_zh, title_en, verified, source from framework_item order by framework, code")
                .query((rs, n) -> new FrameworkItem(Framework.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        Bilingual.of(rs.getString(4), rs.getString(5)), rs.getString(6), rs.getString(7)))
                .list();
    }

    /**
     * Replaces the indicator (its dimensions and references with it) where it stands in the
     * catalogue's order; a new one goes after those saved (a company's or the demo's own
     * indicators follow the standard library). Facts keep pointing at the code.
     */
    public void saveIndicator(Indicator i, String version) {
        jdbc.sql("""
                insert into indicator (code, ordinal, name_zh, name_en, definition_zh, definition_en, value_type, unit_group,
                                       unit, aggregation, decimals, direction, topic, catalogue_version)
                values (:code, (select coalesce(max(ordinal), 0) + 1 from indicator), :nameZh, :nameEn, :defZh, :defEn, :valueType, :unitGroup, :unit, :aggregation,
                        :decimals, :direction, :topic, :version)
                on conflict (code) do update set name_zh = excluded.name_zh,
                    name_en = excluded.name_en, definition_zh = excluded.definition_zh, definition_en = excluded.definition_en,
                    value_type = excluded.value_type, unit_group = excluded.unit_group, unit = excluded.unit,
                    aggregation = excluded.aggregation, decimals = excluded.decimals, direction = excluded.direction,
                    topic = excluded.topic, catalogue_version = excluded.catalogue_version
                """)
                .param("code", i.code())
                .param("nameZh", i.name().zh()).param("nameEn", i.name().en())
                .param("defZh", i.definition().zh()).param("defEn", i.definition().en())
                .param("valueType", Codes.code(i.valueType()))
                .param("unitGroup", i.unitGroup().isEmpty() ? null : i.unitGroup())
                .param("unit", i.unit().isEmpty() ? null : i.unit())
                .param("aggregation", Codes.code(i.aggregation())).param("decimals", i.decimals())
                .param("direction", Codes.code(i.direction())).param("topic", i.topic()).param("version", version)
                .update();
        jdbc.sql("delete from indicator_dimension where indicator_code = ?").param(i.code()).update();
        jdbc.sql("delete from indicator_reference where indicator_code = ?").param(i.code()).update();
        for (String d : i.dimensions()) {
            jdbc.sql("insert into indicator_dimension (indicator_code, dimension_code) values (?, ?)").params(i.code(), d).update();
        }
        for (FrameworkRef r : i.references()) {
            jdbc.sql("insert into indicator_reference (indicator_code, framework, item_code) values (?, ?, ?)")
                    .params(i.code(), r.framework().name(), r.code()).update();
        }
    }

    public List<Indicator> indicators() {
        Map<String, List<String>> dims = new LinkedHashMap<>();
        jdbc.sql("select indicator_code, dimension_code from indicator_dimension order by indicator_code, dimension_code")
                .query(rs -> {
                    dims.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<String, List<FrameworkRef>> refs = new LinkedHashMap<>();
        jdbc.sql("select indicator_code, framework, item_code from indicator_reference order by indicator_code, framework, item_code")
                .query(rs -> {
                    refs.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new FrameworkRef(Framework.valueOf(rs.getString(2)), rs.getString(3)));
                });
        return jdbc.sql("""
                select code, name_zh, name_en, definition_zh, definition_en, value_type, unit_group, unit, aggregation,
                       decimals, direction, topic from indicator order by ordinal, code""")
                .query((rs, n) -> indicator(rs, dims, refs))
                .list();
    }

    private static Indicator indicator(ResultSet rs, Map<String, List<String>> dims, Map<String, List<FrameworkRef>> refs)
            throws SQLException {
        String code = rs.getString(1);
        return new Indicator(code, Bilingual.of(rs.getString(2), rs.getString(3)), Bilingual.of(rs.getString(4), rs.getString(5)),
                ValueType.parse(rs.getString(6)), rs.getString(7), rs.getString(8), Aggregation.parse(rs.getString(9)),
                dims.getOrDefault(code, List.of()), rs.getInt(10), Direction.parse(rs.getString(11)), rs.getString(12),
                refs.getOrDefault(code, List.of()));
    }

}
