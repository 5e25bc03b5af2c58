package org.esgledger.engine.report.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.esgledger.engine.i18n.EsgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateReaderTest {

    static ReportTemplate read(String xml) {
        return TemplateReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "template.xml");
    }

    static String report(String body) {
        return "<report id=\"r\" entity=\"group\" year=\"2024\">\n<title zh=\"报告\" en=\"Report\"/>\n" + body + "\n</report>";
    }

    @Test
    void readsChaptersSectionsAndComponents() {
        ReportTemplate t = read(report("""
                <chapter id="people" zh="以人为本" en="People">
                  <section id="staff" zh="员工" en="Employees" gri="2-7 401-1" szse="49 50">
                    <text><zh><p>共有员工{{employees_total@2024}}。</p></zh><en><p>{{employees_total@2024}} employees.</p></en></text>
                    <figures periods="2022 2023 2024"><row ref="rd_staff[gender=female]" zh="女性研发人员" en="Female R&amp;D staff"/></figures>
                    <subsection id="care" zh="关爱" en="Care"><key-figures><row ref="maternity_leave_employees@2024"/></key-figures></subsection>
                  </section>
                </chapter>"""));
        assertThat(t.year()).isEqualTo(2024);
        Section staff = t.chapters().get(0).children().get(0);
        assertThat(staff.gri()).containsExactly("2-7", "401-1");
        assertThat(staff.szse()).containsExactly(49, 50);
        assertThat(staff.indexed()).isTrue();
        assertThat(staff.children().get(0).indexed()).as("sub-sections are listed only when they name disclosures").isFalse();
        assertThat(((Component.Prose) staff.components().get(0)).xhtml().zh()).isEqualTo("<p>共有员工{{employees_total@2024}}。</p>");
        Component.Figures f = (Component.Figures) staff.components().get(1);
        assertThat(f.periods()).containsExactly("2022", "2023", "2024");
        assertThat(f.rows().get(0).ref()).isEqualTo(new FigureRef("rd_staff", "", "", "gender=female", FigureRef.Style.FULL));
        assertThat(f.rows().get(0).label().en()).isEqualTo("Female R&D staff");
        assertThat(t.sections()).extracting(Section::id).containsExactly("people", "staff", "care");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            script in narrative      | <chapter id="a" zh="一" en="One"><text><zh><script>x</script></zh><en>x</en></text></chapter>                | 1 | <script> is not allowed in narrative
            one language only        | <chapter id="a" zh="一" en="One"><text><zh><p>只有中文</p></zh></text></chapter>                               | 1 | both languages
            title in one language    | <chapter id="a" zh="一"></chapter>                                                                        | 1 | both languages
            bad reference            | <chapter id="a" zh="一" en="One"><figures><row ref="Employees Total"/></figures></chapter>                 | 1 | "Employees Total" is not a figure reference
            bad inline reference     | <chapter id="a" zh="一" en="One"><text><zh>{{x y}}</zh><en>x</en></text></chapter>                         | 1 | "x y" is not a figure reference
            unknown component        | <chapter id="a" zh="一" en="One"><table/></chapter>                                                       | 1 | <table> is not allowed in <section>
            duplicate id             | <chapter id="a" zh="一" en="One"/><chapter id="a" zh="二" en="Two"/>                                      | 1 | section id "a" is used twice
            article not a number     | <chapter id="a" zh="一" en="One" szse="Art.51"/>                                                          | 1 | "Art.51" is not an article number
            attributes in narrative  | <chapter id="a" zh="一" en="One"><text><zh><p onclick="x()">a</p></zh><en>a</en></text></chapter>          | 1 | <p> may not carry attributes
            """)
    void refusesBadTemplatesNamingFileLineAndProblem(String name, String body, int ignored, String expected) {
        assertThatThrownBy(() -> read(report(body)))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("template.xml, line 3")
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(((EsgException) e).text().zh()).startsWith("报告模板 template.xml 第 3 行"));
    }

    @Test
    void refusesDocumentTypeDeclarationsSoNoEntityCanBeExpandedOrFetched() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + report("<chapter id=\"a\" zh=\"&x;\" en=\"x\"/>");
        assertThatThrownBy(() -> read(xxe)).isInstanceOf(TemplateException.class).hasMessageContaining("not well-formed XML");
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + report("<chapter id=\"a\" zh=\"&b;\" en=\"x\"/>");
        assertThatThrownBy(() -> read(bomb)).isInstanceOf(TemplateException.class);
    }

    @Test
    void narrativeTextIsKeptEscaped() {
        ReportTemplate t = read(report("<chapter id=\"a\" zh=\"一\" en=\"One\"><text><zh><p>R&amp;D &lt;研发&gt;</p></zh><en><p>R&amp;D</p></en></text></chapter>"));
        assertThat(((Component.Prose) t.chapters().get(0).components().get(0)).xhtml().zh()).isEqualTo("<p>R&amp;D &lt;研发&gt;</p>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '!', textBlock = """
            employees_total@2024  ! employees_total  !   ! 2024  !   ! FULL
            hazardous_waste_quantity@tangxia@2024  ! hazardous_waste_quantity  ! tangxia  ! 2024  !   ! FULL
            rd_staff[gender=female]  ! rd_staff  !   !   ! gender=female  ! FULL
            employees_total@2024[gender=female,age=over_50]|number  ! employees_total  !   ! 2024  ! age=over_50;gender=female  ! NUMBER
            rd_team_size_label@2024|raw  ! rd_team_size_label  !   ! 2024  !   ! RAW
            infosec_training_participants@site_xiamen  ! infosec_training_participants ! site_xiamen !  !  ! FULL
            """)
    void parsesReferences(String text, String indicator, String entity, String period, String breakdown, FigureRef.Style style) {
        FigureRef r = FigureRef.parse(text);
        assertThat(r).isEqualTo(new FigureRef(indicator, entity, period, breakdown, style));
        assertThat(FigureRef.parse(r.toString())).isEqualTo(r);
    }
}
