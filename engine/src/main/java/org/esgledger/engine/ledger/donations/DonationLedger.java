package org.esgledger.engine.ledger.donations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.esgledger.engine.ledger.CellProblem;
import org.esgledger.engine.ledger.CellReaders;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.Plausibility;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.RowResult;
import org.esgledger.engine.ledger.Vocabulary;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;

/** The donations ledger (对外捐赠台账) as a ledger kind. */
public final class DonationLedger {

    public static final String KIND = "donations";

    public static final Vocabulary PURPOSE = Vocabulary.pairs(
            "rural_revitalisation", List.of("乡村振兴", "Rural revitalisation", "Rural revitalization", "扶贫"),
            "education", List.of("教育", "Education", "助学"),
            "community", List.of("社区公益", "Community", "社区", "敬老", "慈善"),
            "disaster_relief", List.of("救灾", "Disaster relief", "抗灾"),
            "other", List.of("其他", "Other"));
    public static final Vocabulary FORM = Vocabulary.pairs(
            "cash", List.of("现金", "Cash", "货币"),
            "in_kind", List.of("实物", "In kind", "物资"));

    /** Above this per row (in the currency's unit) an amount is taken for a unit mistake: 100 million. */
    public static final BigDecimal MAX = new BigDecimal("100000000");

    /** Declared after the vocabularies its columns take their values from. */
    public static final List<Column> COLUMNS = List.of(
            Column.required("date", "捐赠日期", "Date", "日期", "Donation date"),
            Column.required("entity", "捐赠主体", "Entity", "所属主体", "公司", "单位", "Donor"),
            Column.required("recipient", "受赠方", "Recipient", "受赠单位", "接收单位", "Beneficiary"),
            Column.optional("country", "国家/地区", "Country", "国家", "地区"),
            Column.required("amount", "金额", "Amount", "捐赠金额", "捐款金额"),
            Column.optional("currency", "币种", "Currency"),
            Column.required("purpose", "用途", "Purpose", "捐赠用途", "类别").withValues(PURPOSE),
            Column.required("form", "形式", "Form", "捐赠形式", "现金/实物").withValues(FORM),
            Column.optional("note", "备注", "Note", "活动", "说明"));

    private DonationLedger() {
    }

    /** Reads rows one at a time (for streaming); keeps what it needs to refuse repeated keys. */
    public static RowReader<Donation> reader(LedgerTable.Header header, Function<String, Optional<String>> entities,
                                                 Function<String, Optional<String>> recipients, UnitCatalogue units, Plausibility limits) {
        Optional<String> headerUnit = Optional.ofNullable(header.units().get("amount"));
        return row -> {
            List<CellProblem> problems = new ArrayList<>();
            CellReaders cells = new CellReaders(row, problems);
            var date = cells.date("date", true);
            String entity = cells.entity("entity", entities);
            String recipient = cells.text("recipient", true);
            String currency = row.get("currency").isEmpty() ? "CNY" : row.get("currency").toUpperCase(Locale.ROOT);
            String group = currency.equals("CNY") || currency.equals("RMB") || currency.equals("人民币") ? "money_cny"
                    : "money_" + currency.toLowerCase(Locale.ROOT);
            Quantity amount = null;
            if (units.group(group).isEmpty()) {
                problems.add(CellProblem.of("currency", "donation.currency", row.get("currency")));
            } else {
                amount = cells.quantity("amount", null, headerUnit, units, group, units.group(group).get().referenceUnit(),
                        limits.max("donations.amount", group, MAX, units));
            }
            String purpose = cells.coded("purpose", PURPOSE, true);
            String form = cells.coded("form", FORM, true);
            if (!problems.isEmpty()) {
                return new RowResult.Rejected<>(row.number(), problems);
            }
            return new RowResult.Accepted<>(row.number(), new Donation(date, entity, recipient,
                    recipients.apply(recipient).orElse(""), row.get("country").toUpperCase(Locale.ROOT), amount, purpose, form,
                    row.get("note")));
        };
    }

}
