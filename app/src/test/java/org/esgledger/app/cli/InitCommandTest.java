package org.esgledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.esgledger.app.TestWorkspaces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code esg init} as a new company runs it, on workspace folders of its own: the set-up guard
 * before, entity codes as companies write them, an energy ledger naming them, a second init.
 */
class InitCommandTest {

    static final String NOT_SET_UP_ZH = "该工作区尚未初始化";
    static final String NOT_SET_UP_EN = "This workspace is not set up";

    @BeforeEach
    void embedded() {
        TestWorkspaces.embeddedOnly();
    }

    private static Path fresh(String name) throws IOException {
        return TestWorkspaces.emptyFolder(name);
    }

    private static Path write(Path folder, String name, String... lines) throws IOException {
        return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void aCommandThatNeedsTheSetUpSaysSoOnAWorkspaceWithout() throws IOException {
        Path workspace = fresh("init-guard");
        Path entities = write(workspace, "entities.csv", "code,parent,kind,name_zh,name_en,in_boundary", "HN-DG,,group,华南集团,Huanan Group,true");
        Path energy = write(workspace, "energy.csv", "entity,month,carrier,quantity,unit", "HN-DG,2024-01,电力,1200,kWh");
        for (CliRun run : new CliRun[] {CliRun.esg(workspace, "load", "entities", entities.toString()),
                CliRun.esg(workspace, "import", "--ledger", "energy", energy.toString()),
                CliRun.esg(workspace, "compute", "--year", "2024")}) {
            assertThat(run.exit()).as(run.all()).isEqualTo(EsgCommand.REFUSED);
            assertThat(run.err()).contains(NOT_SET_UP_ZH, NOT_SET_UP_EN, "esg init", "esg demo").doesNotContain("is not a unit");
        }
    }

    @Test
    void initLoadsTheLibraryAndACompanyLoadsItsEntitiesAndLedgers() throws IOException {
        Path workspace = fresh("init");
        CliRun init = CliRun.esg(workspace, "init", "--name-zh", "华南示例制造有限公司", "--name-en", "Huanan Example Manufacturing Co., Ltd.",
                "--fiscal-year-end", "12-31", "--currency", "CNY");
        assertThat(init.exit()).as(init.all()).isZero();
        assertThat(init.out()).contains("工作区已初始化 / Workspace initialised", "华南示例制造有限公司 / Huanan Example Manufacturing Co., Ltd.",
                "indicators       276", "formulas         34", "framework items  SZSE", "entities         0", "esg load entities");

        Path entities = write(workspace, "entities.csv", "code,parent,kind,name_zh,name_en,province,in_boundary,aliases",
                "HN,,group,华南示例集团,Huanan Group,GD,true,",
                "HN-DG,HN,company,东莞工厂,Dongguan Plant,GD,true,东莞厂",
                "1000,HN,company,深圳总部,Shenzhen Head Office,GD,true,",
                "HN.SZ_2,1000,site,深圳二厂,Shenzhen Site 2,GD,true,");
        CliRun load = CliRun.esg(workspace, "load", "entities", entities.toString());
        assertThat(load.exit()).as(load.all()).isZero();
        assertThat(load.out()).contains("Loaded 4 entities");

        Path energy = write(workspace, "energy-2024.csv", "entity,month,carrier,quantity,unit",
                "HN-DG,2024-01,电力,120000,kWh", "hn-dg,2024-02,电力,110000,kWh", "东莞工厂,2024-03,电力,100000,度", "1000,2024-01,电力,8000,kWh");
        CliRun imported = CliRun.esg(workspace, "import", "--ledger", "energy", energy.toString());
        assertThat(imported.exit()).as(imported.all()).isZero();
        assertThat(imported.out()).contains("accepted rows   4", "rejected rows   0");

        Path clash = write(workspace, "more-entities.csv", "code,parent,kind,name_zh,name_en,in_boundary", "hn-dg,HN,site,东莞二厂,Dongguan Site 2,true");
        CliRun refused = CliRun.esg(workspace, "load", "entities", clash.toString());
        assertThat(refused.exit()).as(refused.all()).isEqualTo(EsgCommand.REFUSED);
        assertThat(refused.err()).contains("more-entities.csv", "code", "主体编码“hn-dg”与主体“HN-DG”仅大小写不同",
                "entity code \"hn-dg\" differs only in upper/lower case from entity \"HN-DG\"");
        Path bad = write(workspace, "bad-entities.csv", "code,parent,kind,name_zh,name_en,in_boundary", "HN DG,HN,site,东莞三厂,Dongguan Site 3,true");
        assertThat(CliRun.esg(workspace, "load", "entities", bad.toString()).err()).contains("\"HN DG\" is not a valid entity code");

        CliRun again = CliRun.esg(workspace, "init", "--name-zh", "华南示例制造有限公司", "--name-en", "Huanan Example Manufacturing Co., Ltd.",
                "--fiscal-year-start", "04-01");
        assertThat(again.exit()).as(again.all()).isZero();
        assertThat(again.out()).contains("工作区已更新 / Workspace updated", "up to date", "fiscal year end  03-31", "entities         4");

        CliRun other = CliRun.esg(workspace, "init", "--name-zh", "另一家公司", "--name-en", "Another Company");
        assertThat(other.exit()).as(other.all()).isEqualTo(EsgCommand.REFUSED);
        assertThat(other.err()).contains("该工作区属于 华南示例制造有限公司", "This workspace belongs to", "--force");
        CliRun renamed = CliRun.esg(workspace, "init", "--name-zh", "另一家公司", "--name-en", "Another Company", "--force");
        assertThat(renamed.exit()).as(renamed.all()).isZero();
        assertThat(renamed.out()).contains("was              华南示例制造有限公司", "entities         4");
    }

    @Test
    void badOptionsAreRefusedBeforeTheWorkspaceIsOpened() throws IOException {
        Path workspace = fresh("init-options");
        CliRun day = CliRun.esg(workspace, "init", "--name-zh", "甲", "--name-en", "A", "--fiscal-year-end", "02-29");
        assertThat(day.exit()).isEqualTo(EsgCommand.REFUSED);
        assertThat(day.err()).contains("--fiscal-year-end \"02-29\" is not a day of the year");
        CliRun currency = CliRun.esg(workspace, "init", "--name-zh", "甲", "--name-en", "A", "--currency", "XYZ");
        assertThat(currency.exit()).isEqualTo(EsgCommand.REFUSED);
        assertThat(currency.err()).contains("currency \"XYZ\" has no money unit", "CNY, EUR, HKD, USD");
    }
}
