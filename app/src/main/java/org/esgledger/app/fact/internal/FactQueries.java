package org.esgledger.app.fact.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.esgledger.app.fact.FactVersion;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.PublishedFigure;
import org.esgledger.engine.catalogue.ValueType;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.fact.FactValue;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Origin;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.fact.Provenance;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.Unit;
import org.esgledger.engine.unit.UnitCatalogue;
import org.esgledger.app.audit.UntilNextChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The fact and published_figure tables read back as engine types: the one place where the codes
 * they store (key, value type, status, origin) become the engine's records and enums again.
 */
@Repository
public class FactQueries {

    private static final String ORDER = """
            order by i.ordinal, f.indicator_code, e.code = 'group' desc, f.entity_code, p.start_date, p.end_date,
                     f.nature, f.breakdown""";

    private final JdbcClient jdbc;
    private final UntilNextChange kept;

    public FactQueries(JdbcClient jdbc, UntilNextChange kept) {
        this.jdbc = jdbc;
        this.kept = kept;
    }

    /** Every version of a fact, oldest first, with the action and reason of the audit event that wrote it. */
    public List<FactVersion> history(String factId) {
        return jdbc.sql("""
                select v.fact_id, v.version, coalesce(v.value_text, v.value_number::text) as value, v.unit_code, v.status, v.origin,
                       v.not_available_en, v.changed_by, v.changed_at, v.audit_seq, coalesce(a.action, '') as action,
                       coalesce(nullif(a.reason, ''), a.subject_kind || ' ' || a.subject_id, '') as reason
                from fact_version v
                left join audit_event a on a.seq = v.audit_seq
                where v.fact_id = ?
                order by v.version
                """)
                .param(factId)
                .query((rs, n) -> new FactVersion(rs.getString(1), rs.getInt(2), Optional.ofNullable(rs.getString(3)),
                        Optional.ofNullable(rs.getString(4)), FactStatus.parse(rs.getString(5)), Origin.parse(rs.getString(6)),
                        Optional.ofNullable(rs.getString(7)),
                        rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getLong(10), rs.getString(11), rs.getString(12)))
                .list();
    }

    /**
     * Facts in report order: catalogue order, then entity, period and breakdown; kept until the next recorded change (every
     * write of a fact is one: load, entry, computation, review, lock, restatement).
     */
    public List<FactView> list(Optional<Integer> fiscalYear, Supplier<UnitCatalogue> units) {
        return kept.get(new UntilNextChange.Key(FactQueries.class, "list " + fiscalYear.map(String::valueOf).orElse("all")),
                () -> List.copyOf(read(fiscalYear, units.get())));
    }

    private List<FactView> read(Optional<Integer> fiscalYear, UnitCatalogue units) {
        return jdbc.sql("""
                select f.indicator_code, f.entity_code, f.period_code, f.breakdown, f.nature, i.value_type, f.value_number,
                       f.value_text, f.unit_code, i.name_zh, i.name_en, e.name_zh, e.name_en, f.status, f.origin, f.source,
                       s.name, s.sha256, f.source_row, f.entered_by, f.entered_at, f.approved_by, f.note, f.not_available_zh,
                       f.not_available_en
                from fact f
                join indicator i on i.code = f.indicator_code
                join entity e on e.code = f.entity_code
                join period p on p.code = f.period_code
                left join source_file s on s.id = f.source_file_id
                where (:year::int is null or p.fiscal_year = :year::int)
                """ + ORDER)
                .param("year", fiscalYear.orElse(null))
                .query((rs, n) -> fact(rs, units))
                .list();
    }

    /** A report's published figures in report order. */
    public List<PublishedFigure> published(String report, Optional<Integer> fiscalYear, UnitCatalogue units) {
        return jdbc.sql("""
                select f.indicator_code, f.entity_code, f.period_code, f.breakdown, f.nature, i.value_type, f.value_number,
                       f.value_text, f.unit_code, f.report, f.source, f.note
                from published_figure f
                join indicator i on i.code = f.indicator_code
                join entity e on e.code = f.entity_code
                join period p on p.code = f.period_code
                where f.report = :report and (:year::int is null or p.fiscal_year = :year::int)
                """ + ORDER)
                .param("report", report).param("year", fiscalYear.orElse(null))
                .query((rs, n) -> {
                    Optional<Unit> unit = unit(rs, units);
                    return new PublishedFigure(rs.getString(10), key(rs), value(rs, unit).orElseThrow(), unit, rs.getString(11),
                            rs.getString(12));
                })
                .list();
    }

    private static FactView fact(ResultSet rs, UnitCatalogue units) throws SQLException {
        Optional<Unit> unit = unit(rs, units);
        Optional<Bilingual> notAvailable = rs.getString(25) == null ? Optional.empty()
                : Optional.of(Bilingual.of(rs.getString(24), rs.getString(25)));
        Optional<Provenance.FileRow> file = rs.getString(17) == null ? Optional.empty()
                : Optional.of(new Provenance.FileRow(rs.getString(17), rs.getString(18), rs.getInt(19)));
        Provenance provenance = new Provenance(rs.getString(16), file, rs.getString(20), rs.getTimestamp(21).toInstant(),
                Optional.ofNullable(rs.getString(22)), rs.getString(23));
        return new FactView(key(rs), Bilingual.of(rs.getString(10), rs.getString(11)), Bilingual.of(rs.getString(12), rs.getString(13)),
                value(rs, unit), unit, FactStatus.parse(rs.getString(14)), Origin.parse(rs.getString(15)), provenance, notAvailable);
    }

    /** Columns 1–5: indicator, entity, period, breakdown, nature. */
    private static FactKey key(ResultSet rs) throws SQLException {
        return new FactKey(rs.getString(1), rs.getString(2), Period.parse(rs.getString(3)), Breakdown.parse(rs.getString(4)),
                Nature.parse(rs.getString(5)));
    }

    /** Column 9: the unit code, resolved in the catalogue. */
    private static Optional<Unit> unit(ResultSet rs, UnitCatalogue units) throws SQLException {
        String code = rs.getString(9);
        return code == null ? Optional.empty() : Optional.of(units.unit(code)
                .orElseThrow(() -> new IllegalStateException("unit " + code + " is not in the catalogue")));
    }

    /** Columns 6–8: the indicator's value type, the number and the text; empty when neither is stored (not available). */
    private static Optional<FactValue> value(ResultSet rs, Optional<Unit> unit) throws SQLException {
        BigDecimal number = rs.getBigDecimal(7);
        String text = rs.getString(8);
        if (number != null) {
            String fact = key(rs).toString();
            return Optional.of(new FactValue.Amount(new Quantity(number, unit.orElseThrow(
                    () -> new IllegalStateException("a number without a unit: " + fact)))));
        }
        if (text == null) {
            return Optional.empty();
        }
        return Optional.of(switch (ValueType.parse(rs.getString(6))) {
            case BOOLEAN -> new FactValue.Flag(text.equals(new FactValue.Flag(true).plain()));
            case DATE -> new FactValue.Day(text);
            case TEXT -> new FactValue.Text(text);
            default -> throw new IllegalStateException("a number stored as text: " + key(rs));
        });
    }
}
