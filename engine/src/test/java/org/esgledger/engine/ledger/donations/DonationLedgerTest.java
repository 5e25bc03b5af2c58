package org.esgledger.engine.ledger.donations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.engine.catalogue.Dimension;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.ledger.CellProblem;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.Plausibility;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.RowResult;
import org.esgledger.engine.organisation.EntityKind;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.organisation.ReportingEntity;
import org.esgledger.engine.unit.UnitCatalogue;
import org.esgledger.engine.unit.UnitTable;
import org.junit.jupiter.api.Test;

/** The donations ledger read row by row: amounts in their currency, known recipients, coded purposes, and what is refused. */
class DonationLedgerTest {

    static final UnitCatalogue UNITS = UnitTable.standard();
    static final OrganisationTree TREE = new OrganisationTree(List.of(
            new ReportingEntity("group", Optional.empty(), EntityKind.GROUP, Bilingual.of("集团", "Group"), "CN", "GD", true,
                    BigDecimal.ONE, List.of()),
            new ReportingEntity("plant", Optional.of("group"), EntityKind.BRANCH, Bilingual.of("一号工厂", "Plant one"), "CN",
                    "GD", true, BigDecimal.ONE, List.of("一厂"))));
    static final Map<String, Dimension> DIMENSIONS = Map.of("recipient", new Dimension("recipient", Bilingual.of("受赠方", "Recipient"),
            List.of(new Dimension.Member("town_school", Bilingual.of("某镇中心小学", "Town primary school")))));
    static final List<String> HEADER = List.of("捐赠日期", "捐赠主体", "受赠方", "国家/地区", "金额", "币种", "用途", "形式", "备注");

    @SafeVarargs
    static List<RowResult<Donation>> read(List<String> header, List<String>... rows) {
        List<List<String>> sheet = new ArrayList<>();
        sheet.add(header);
        sheet.addAll(Arrays.asList(rows));
        LedgerTable table = LedgerTable.read(sheet, DonationLedger.COLUMNS);
        RowReader<Donation> reader = new DonationsKind().reader(table.header(),
                new LedgerContext(TREE, DIMENSIONS, UNITS, Map.of(), Plausibility.DEFAULTS));
        return table.rows().stream().map(reader::read).toList();
    }

    static Donation accepted(RowResult<Donation> result) {
        assertThat(result).isInstanceOf(RowResult.Accepted.class);
        return ((RowResult.Accepted<Donation>) result).record();
    }

    static List<String> problems(RowResult<Donation> result) {
        assertThat(result).isInstanceOf(RowResult.Rejected.class);
        return ((RowResult.Rejected<Donation>) result).problems().stream().map(CellProblem::column).toList();
    }

    @Test
    void readsADonationWithAKnownRecipientAndCodedPurposeAndForm() {
        Donation d = accepted(read(HEADER, List.of("2024-06-30", "一厂", "某镇中心小学", "", "1.5万元", "", "助学", "现金", "助学金")).get(0));
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(d.entity()).isEqualTo("plant");
        assertThat(d.recipientMember()).isEqualTo("town_school");
        assertThat(d.country()).isEqualTo("CN");
        assertThat(UNITS.convert(d.amount(), "CNY").value()).isEqualByComparingTo("15000");
        assertThat(d.purpose()).isEqualTo("education");
        assertThat(d.form()).isEqualTo("cash");
        assertThat(d.note()).isEqualTo("助学金");
    }

    @Test
    void aRecipientNotInTheDimensionIsKeptWithoutAMember() {
        Donation d = accepted(read(HEADER, List.of("2024-01-05", "group", "某慈善基金会", "CN", "10000", "CNY", "社区公益", "实物", "")).get(0));
        assertThat(d.recipient()).isEqualTo("某慈善基金会");
        assertThat(d.recipientMember()).isEmpty();
        assertThat(d.form()).isEqualTo("in_kind");
    }

    @Test
    void refusesAnUnknownCurrencyEntityPurposeAndAMissingDateEachInItsColumn() {
        List<RowResult<Donation>> rows = read(HEADER,
                List.of("2024-01-05", "group", "某基金会", "", "100", "XYZ", "教育", "现金", ""),
                List.of("", "火星工厂", "某基金会", "", "100", "", "旅游", "现金", ""));
        assertThat(problems(rows.get(0))).containsExactly("currency");
        assertThat(problems(rows.get(1))).containsExactly("date", "entity", "purpose");
    }

    @Test
    void writesARecordBackAsTheRowItWasReadFrom() {
        DonationsKind kind = new DonationsKind();
        Donation example = kind.example(UNITS);
        List<String> cells = kind.cells(example, UNITS);
        Donation again = accepted(read(kind.columns().stream().map(c -> c.header().zh()).toList(), cells).get(0));
        assertThat(kind.cells(again, UNITS)).isEqualTo(cells);
    }
}
