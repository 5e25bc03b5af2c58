package org.esgledger.app.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.esgledger.engine.report.Language;
import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.document.Cell;
import org.esgledger.engine.report.document.Document;
import org.esgledger.engine.report.document.Part;
import org.junit.jupiter.api.Test;

/** Column widths from the text measured in the PDF's fonts: no column narrower than what must not break. */
class ColumnWidthsTest {

    static final String LONG_ZH = "台风、洪水、暴雨、高温热浪、寒潮等极端天气频率和强度增加，设施修复、运营中断、替代供应链成本上升；生产或服务中断导致收入损失。";
    static final String LONG_EN = "Facility repair and operation are suspended and costs of alternative supply chains are increased; revenue loss "
            + "is caused due to production or service interruption and the competitiveness of the Company decreases.";

    static Block.Table table(List<String> header, List<List<String>> rows, int labelColumns) {
        return new Block.Table("", header, rows.stream().map(r -> r.stream().map(Cell::text).toList()).toList(), labelColumns);
    }

    @Test
    void aShortChineseTermIsNeverBrokenAndLongTextGetsTheRest() {
        Block.Table risks = table(List.of("类型", "风险/机遇名称", "描述", "财务影响", "影响期间", "应对措施"),
                List.of(List.of("急性物理风险", "急性物理风险", LONG_ZH, LONG_ZH, "短中期", LONG_ZH),
                        List.of("产品与服务", "政府及监管机构", LONG_ZH, "营业收入增加。", "短中长期", LONG_ZH)), 6);
        ColumnWidths.Layout layout = ColumnWidths.of(risks);
        assertThat(layout.dense()).isTrue();
        assertThat(layout.permille().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
        assertThat(layout.text().get(0)).isGreaterThanOrEqualTo(TextWidths.of("急性物理风险", false));
        assertThat(layout.text().get(1)).isGreaterThanOrEqualTo(TextWidths.of("政府及监管机构", false));
        assertThat(layout.text().get(4)).isGreaterThanOrEqualTo(TextWidths.of("短中长期", false));
        assertThat(layout.lines(List.of("急性物理风险", "政府及监管机构", "", "", "短中长期", ""), false)).isEqualTo(1);
        assertThat(layout.text().get(2)).as("long text gets more than a term").isGreaterThan(layout.text().get(0));
    }

    @Test
    void noColumnIsNarrowerThanItsLongestWordNotEvenTheHeaders() {
        Block.Table risks = table(List.of("Type", "Risk / opportunity", "Description", "Financial impact", "Impact period", "Countermeasures"),
                List.of(List.of("Technical opportunity", "Technical opportunity", LONG_EN, LONG_EN, "Short and medium to long term", LONG_EN)), 6);
        ColumnWidths.Layout layout = ColumnWidths.of(risks);
        List<String> longest = List.of("opportunity", "opportunity", "competitiveness", "competitiveness", "medium", "competitiveness");
        for (int c = 0; c < longest.size(); c++) {
            assertThat(layout.text().get(c)).as("column " + c).isGreaterThanOrEqualTo(TextWidths.of(longest.get(c), false));
        }
        assertThat(layout.text().get(5)).isGreaterThanOrEqualTo(TextWidths.of("Countermeasures", true));
    }

    @Test
    void aColumnGetsNoMoreThanItsLongestCellAndFiguresStayWhole() {
        Block.Table figures = table(List.of("Indicator", "Unit", "2024"),
                List.of(List.of("Net profit attributable to shareholders of the listed company", "RMB 10,000", "18,304.60"),
                        List.of("Proportion of independent directors", "%", "43")), 2);
        ColumnWidths.Layout layout = ColumnWidths.of(figures);
        assertThat(layout.dense()).isFalse();
        assertThat(layout.text().get(2)).isGreaterThanOrEqualTo(TextWidths.of("18,304.60", false));
        assertThat(layout.text().get(1)).isGreaterThanOrEqualTo(TextWidths.of("10,000", false));
        assertThat(layout.permille().get(0)).isGreaterThan(600);
    }

    @Test
    void whenEvenTheMinimumsDoNotFitTheyShrinkTogether() {
        int[] width = ColumnWidths.share(new int[] {6000, 6000}, new int[] {9000, 9000}, new int[] {5000, 5000}, 9000);
        assertThat(width).containsExactly(4500, 4500);
        int[] shared = ColumnWidths.share(new int[] {1000, 1000, 1000}, new int[] {1500, 50000, 50000}, new int[] {2000, 30000, 10000}, 40000);
        assertThat(shared[0]).isEqualTo(1500);
        assertThat(shared[1]).isGreaterThan(shared[2]);
        assertThat(shared[0] + shared[1] + shared[2]).isBetween(39990, 40000);
    }

    @Test
    void unbreakableTextIsTheLongestWordTermOrFourCharactersOfLongChinese() {
        assertThat(ColumnWidths.unbreakable("Short-term and long-term", false, false)).isEqualTo(TextWidths.of("Short-", false));
        assertThat(ColumnWidths.unbreakable("投资者热线；股东大会；信息披露", false, false)).isEqualTo(TextWidths.of("投资者热线；", false));
        assertThat(ColumnWidths.unbreakable("公众对数据安全和隐私保护的关注度日益提高", false, false)).isEqualTo(4 * TextWidths.EM);
        assertThat(ColumnWidths.unbreakable("1,234,567.89", false, true)).isEqualTo(TextWidths.of("1,234,567.89", false));
        // a number in a text column (a target's result) keeps its thousands separators on one line
        assertThat(ColumnWidths.unbreakable("2,181.33 m³", false, false)).isEqualTo(TextWidths.of("2,181.33", false));
    }

    @Test
    void linesAreCountedAsTheyBreakNotAsTheTotalWidthDividedByTheColumns() {
        int word = TextWidths.of("mmmmmm ", false);
        int column = word * 10 / 6;
        assertThat(TextWidths.lines("mmmmmm mmmmmm mmmmmm", false, column)).as("three words of 0.6 of a line: one a line, not two lines").isEqualTo(3);
        assertThat(TextWidths.lines("mmmmmm mmmmmm mmmmmm", false, 2 * word)).isEqualTo(2);
        assertThat(TextWidths.lines("公众对数据安全和隐私保护", false, 4 * TextWidths.EM)).as("Chinese breaks between any two characters").isEqualTo(3);
        assertThat(TextWidths.lines("https://example.com/a/very/long/address", false, 4 * TextWidths.EM)).as("a token wider than its column is broken inside")
                .isGreaterThan(1);
        assertThat(TextWidths.lines("", false, column)).isEqualTo(1);
    }

    @Test
    void onlyARowTallerThanAThirdOfAPageMayBreakAndOnlyItsFirstLinesAreKeptWithTheHeader() {
        Block.Table register = table(List.of("类型", "风险/机遇名称", "描述", "财务影响", "影响期间", "应对措施"),
                List.of(List.of("急性物理风险", "急性物理风险", LONG_ZH.repeat(6), "营业收入增加。", "短中期", LONG_ZH),
                        List.of("产品与服务", "政府及监管机构", LONG_ZH, "营业收入增加。", "短中长期", LONG_ZH)), 6);
        ColumnWidths.Layout layout = ColumnWidths.of(register);
        assertThat(PageKeeps.tall(register.rows().get(0), layout)).isTrue();
        assertThat(PageKeeps.tall(register.rows().get(1), layout)).isFalse();
        assertThat(PageKeeps.table(register, layout)).as("caption, header and three lines").isLessThan(PageKeeps.TALL_ROW / 2);
        Block.Table shortFirst = table(register.header(), List.of(register.rows().get(1).stream().map(Cell::text).toList()), 6);
        assertThat(PageKeeps.table(shortFirst, layout)).as("a first row kept whole: all its lines").isGreaterThan(PageKeeps.table(register, layout));

        Document doc = new Document(Language.ZH, 2024, "org", "title", List.of(new Part("risks", 1, "风险", List.of(register), List.of())));
        String print = EditionMarkup.print(doc);
        assertThat(print.split("<tr class=\"tall\">", -1)).as("the tall row marked, the other not").hasSize(2);
        assertThat(print).contains("tr.tall { page-break-inside: auto; }");
        assertThat(EditionMarkup.screen(doc, "lineage.html", null)).doesNotContain("class=\"tall\"");
    }
}
