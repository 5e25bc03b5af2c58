package org.esgledger.app.catalogue.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.esgledger.engine.calc.Fingerprint;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.check.CheckRule;
import org.esgledger.engine.check.Severity;
import org.esgledger.engine.formula.Formula;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.target.Basis;
import org.esgledger.engine.target.Comparator;
import org.esgledger.engine.target.Target;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Formulas, consistency rules, targets and consolidation bases: the catalogue's definitions of how figures are computed and judged. */
@Repository
public class DefinitionStore {

    private final JdbcClient jdbc;

    public DefinitionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void saveFormula(FormulaFile.Entry e, int ordinal) {
        jdbc.sql("""
                insert into indicator_formula (indicator_code, expression, version, note, ordinal) values (?, ?, ?, ?, ?)
                on conflict (indicator_code) do update set expression = excluded.expression, version = excluded.version,
                    note = excluded.note, ordinal = excluded.ordinal""")
                .params(e.formula().indicator(), e.formula().text(), e.formula().version(), e.note(), ordinal).update();
    }

    public List<Formula> formulas() {
        return jdbc.sql("select indicator_code, expression, version from indicator_formula order by ordinal, indicator_code")
                .query((rs, n) -> Formula.parse(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Formula rows as saved: indicator, expression, version, note. */
    public List<List<String>> formulaRows() {
        return jdbc.sql("select indicator_code, expression, version, note from indicator_formula order by ordinal, indicator_code")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    public void replaceCheckRules(List<CheckRule> rules) {
        jdbc.sql("delete from check_rule").update();
        saveCheckRules(rules);
    }

    /**
     * Saves the rules: a rule whose id is saved already is replaced where it stands, a new one goes
     * after the others. A rule naming no entity is stored without one (the root, see {@link #checkRules()}).
     */
    public void saveCheckRules(List<CheckRule> rules) {
        for (CheckRule r : rules) {
            List<String> right = new ArrayList<>();
            r.right().forEach(f -> right.add(f.text()));
            jdbc.sql("""
                    insert into check_rule (id, ordinal, kind, entity_code, left_expr, right_expr, unit_code, decimals, severity,
                                            description_zh, description_en)
                    values (?, (select coalesce(max(ordinal), 0) + 1 from check_rule), ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (id) do update set kind = excluded.kind, entity_code = excluded.entity_code,
                        left_expr = excluded.left_expr, right_expr = excluded.right_expr, unit_code = excluded.unit_code,
                        decimals = excluded.decimals, severity = excluded.severity, description_zh = excluded.description_zh,
                        description_en = excluded.description_en""")
                    .params(r.id(), Codes.code(r.kind()), r.entity().isEmpty() ? null : r.entity(), r.left().text(),
                            String.join("; ", right), r.unit(), r.decimals(), Codes.code(r.severity()), r.description().zh(),
                            r.description().en())
                    .update();
        }
    }

    /**
     * The rules in order, each with its entity: a rule stored without one is evaluated for the
     * organisation's root, and left out while there is no organisation.
     */
    public List<CheckRule> checkRules() {
        return jdbc.sql("""
                select * from (select id, kind, coalesce(entity_code, (select code from entity where parent_code is null)) entity,
                       left_expr, right_expr, unit_code, decimals, severity, description_zh, description_en, ordinal
                       from check_rule) r
                where entity is not null order by ordinal""")
                .query((rs, n) -> {
                    String id = rs.getString(1);
                    List<Formula> right = new ArrayList<>();
                    for (String part : rs.getString(5).split(";")) {
                        right.add(Formula.parse(id, part.strip(), "1"));
                    }
                    return new CheckRule(id, Codes.parse(CheckRule.Kind.class, rs.getString(2)), rs.getString(3),
                            Formula.parse(id, rs.getString(4), "1"), right, rs.getString(6), rs.getInt(7), Severity.parse(rs.getString(8)),
                            Bilingual.of(rs.getString(9), rs.getString(10)));
                }).list();
    }

    public void replaceTargets(List<Target> targets) {
        jdbc.sql("delete from target").update();
        int ordinal = 0;
        for (Target t : targets) {
            jdbc.sql("""
                    insert into target (id, ordinal, entity_code, type, subject_zh, subject_en, text_zh, text_en, indicator_code,
                                        comparator, threshold, unit_code, per_indicator, basis, target_year, declared, note,
                                        department_zh, department_en)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(t.id(), ++ordinal, t.entity(), t.type(), t.subject().zh(), t.subject().en(), t.text().zh(), t.text().en(),
                            t.indicator().orElse(null), t.comparator().name().toLowerCase(Locale.ROOT), t.threshold().orElse(null),
                            t.unit().isEmpty() ? null : t.unit(), t.per().orElse(null), Codes.code(t.basis()), t.targetYear(),
                            t.declared(), t.note(), t.department().zh(), t.department().en())
                    .update();
        }
    }

    public List<Target> targets() {
        return jdbc.sql("""
                select id, entity_code, subject_zh, subject_en, text_zh, text_en, type, indicator_code, comparator, threshold,
                       coalesce(unit_code, ''), per_indicator, basis, target_year, declared, note, department_zh, department_en
                from target order by ordinal""")
                .query((rs, n) -> new Target(rs.getString(1), rs.getString(2), Bilingual.of(rs.getString(3), rs.getString(4)),
                        Bilingual.of(rs.getString(5), rs.getString(6)), rs.getString(7), Optional.ofNullable(rs.getString(8)),
                        comparator(rs.getString(9)), Optional.ofNullable(rs.getObject(10, BigDecimal.class)), rs.getString(11),
                        Optional.ofNullable(rs.getString(12)), Basis.parse(rs.getString(13)), rs.getString(14), rs.getString(15),
                        rs.getString(16), Bilingual.of(rs.getString(17), rs.getString(18))))
                .list();
    }

    private static Comparator comparator(String stored) {
        return Comparator.valueOf(stored.toUpperCase(Locale.ROOT));
    }

    public void saveConsolidation(String indicator, String consolidation) {
        jdbc.sql("update indicator set consolidation = ? where code = ?").params(consolidation, indicator).update();
    }

    public Set<String> equityShare() {
        return new TreeSet<>(jdbc.sql("select code from indicator where consolidation = 'equity_share'").query(String.class).list());
    }

    /**
     * SHA-256 over everything that defines how figures are computed: indicators (units, decimals,
     * rules, dimensions, consolidation), formulas with versions, consistency rules and targets.
     */
    public String digest() {
        StringBuilder s = new StringBuilder();
        jdbc.sql("""
                select i.code || '|' || i.value_type || '|' || coalesce(i.unit, '') || '|' || i.aggregation || '|' || i.decimals
                       || '|' || i.consolidation || '|' || coalesce((select string_agg(d.dimension_code, ',' order by d.dimension_code)
                       from indicator_dimension d where d.indicator_code = i.code), '') from indicator i order by i.code""")
                .query(String.class).list().forEach(l -> s.append("indicator|").append(l).append('\n'));
        jdbc.sql("select indicator_code || '|' || expression || '|' || version from indicator_formula order by indicator_code")
                .query(String.class).list().forEach(l -> s.append("formula|").append(l).append('\n'));
        jdbc.sql("""
                select id || '|' || kind || '|' || coalesce(entity_code, (select code from entity where parent_code is null), '')
                       || '|' || left_expr || '|' || right_expr || '|' || unit_code || '|' || decimals || '|' || severity
                from check_rule order by id""")
                .query(String.class).list().forEach(l -> s.append("rule|").append(l).append('\n'));
        jdbc.sql("""
                select id || '|' || entity_code || '|' || coalesce(indicator_code, '') || '|' || comparator || '|'
                       || coalesce(threshold::text, '') || '|' || coalesce(unit_code, '') || '|' || coalesce(per_indicator, '') || '|'
                       || basis || '|' || target_year from target order by id""")
                .query(String.class).list().forEach(l -> s.append("target|").append(l).append('\n'));
        return Fingerprint.of(s.toString());
    }
}
