package org.esgledger.app.ledger.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.esgledger.app.fact.ComputedFact;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.donations.Donation;
import org.esgledger.engine.ledger.donations.DonationLedger;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The donations ledger ({@code docs/formats/donations.md}). Yields, per entity and year, donations in
 * CNY in total and by known recipient. Donations in other currencies are kept but not summed: adding
 * them needs an exchange rate, which is data with a date, not a unit factor.
 */
@Component
public class DonationsKind implements LedgerKind<Donation> {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final UnitCatalogueSource units;

    public DonationsKind(JdbcClient jdbc, JdbcTemplate template, UnitCatalogueSource units) {
        this.jdbc = jdbc;
        this.template = template;
        this.units = units;
    }

    public String code() {
        return DonationLedger.KIND;
    }

    public List<Column> columns() {
        return DonationLedger.COLUMNS;
    }

    public RowReader<Donation> reader(LedgerTable.Header header, Context context) {
        return DonationLedger.reader(header, context::entity, name -> context.member("recipient", name), context.units(),
                context.plausibility());
    }

    public void save(long batch, List<Stored<Donation>> rows) {
        template.batchUpdate("""
                insert into donation_record (batch_id, row_no, donated_on, entity_code, recipient, recipient_member, country,
                    amount, unit_code, purpose, form, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows, 1000, (ps, s) -> {
                    Donation d = s.record();
                    ps.setLong(1, batch);
                    ps.setInt(2, s.row());
                    ps.setDate(3, Date.valueOf(d.date()));
                    ps.setString(4, d.entity());
                    ps.setString(5, d.recipient());
                    ps.setString(6, d.recipientMember());
                    ps.setString(7, d.country());
                    ps.setBigDecimal(8, d.amount().value());
                    ps.setString(9, d.amount().unit().code());
                    ps.setString(10, d.purpose());
                    ps.setString(11, d.form());
                    ps.setString(12, d.note());
                });
    }

    public List<Stored<Donation>> active() {
        UnitCatalogue catalogue = units.units();
        return jdbc.sql("""
                select r.batch_id, r.row_no, r.donated_on, r.entity_code, r.recipient, r.recipient_member, r.country, r.amount,
                       r.unit_code, r.purpose, r.form, r.note
                from donation_record r join ledger_batch b on b.id = r.batch_id where b.superseded_by is null
                order by r.batch_id, r.row_no""")
                .query((rs, n) -> new Stored<>(rs.getLong(1), rs.getInt(2), new Donation(rs.getDate(3).toLocalDate(),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        new Quantity(rs.getBigDecimal(8), catalogue.unit(rs.getString(9)).orElseThrow()), rs.getString(10),
                        rs.getString(11), rs.getString(12))))
                .list();
    }

    public List<ComputedFact> figures(List<Stored<Donation>> active, Context context) {
        UnitCatalogue catalogue = context.units();
        var yuan = catalogue.unit("CNY").orElseThrow();
        Map<String, Sums.Total> sums = new TreeMap<>();
        for (Stored<Donation> s : active) {
            Donation d = s.record();
            if (!catalogue.convertible(d.amount().unit(), yuan)) {
                continue;
            }
            BigDecimal cny = catalogue.convert(d.amount(), yuan).value();
            int year = d.date().getYear();
            add(sums, d.entity(), year, Breakdown.TOTAL, cny, s);
            if (!d.recipientMember().isEmpty()) {
                add(sums, d.entity(), year, Breakdown.of("recipient", d.recipientMember()), cny, s);
            }
        }
        List<ComputedFact> out = new ArrayList<>();
        if (context.indicators().contains("charitable_donation")) {
            for (Sums.Total sum : sums.values()) {
                out.add(new ComputedFact(sum.key, Sums.plain(sum.total), "CNY", "donations ledger", sum.rows));
            }
        }
        return out;
    }

    private static void add(Map<String, Sums.Total> sums, String entity, int year, Breakdown breakdown, BigDecimal value,
                            Stored<Donation> s) {
        FactKey key = new FactKey("charitable_donation", entity, new Period.FiscalYear(year), breakdown, Nature.ACTUAL);
        Sums.Total sum = sums.computeIfAbsent(key.canonical(), k -> new Sums.Total(key));
        sum.total = sum.total.add(value);
        sum.rows.add(new ComputedFact.SourceRow(s.batch(), s.row()));
    }

    public List<String> cells(Donation d) {
        return List.of(d.date().toString(), d.entity(), d.recipient(),
                d.country(), d.amount().value().toPlainString() + " " + d.amount().unit().name().zh(), currency(d), DonationLedger.PURPOSE.label(d.purpose()),
                DonationLedger.FORM.label(d.form()), d.note());
    }

    public Donation example() {
        return new Donation(java.time.LocalDate.of(2024, 6, 30), "group", "某慈善基金会", "", "CN",
                new Quantity(new BigDecimal("10000"), units.units().unit("CNY").orElseThrow()), "rural_revitalisation", "cash",
                "“6·30”助力乡村振兴活动");
    }

    private String currency(Donation d) {
        return units.units().groupOf(d.amount().unit()).currency().orElse("CNY");
    }
}
