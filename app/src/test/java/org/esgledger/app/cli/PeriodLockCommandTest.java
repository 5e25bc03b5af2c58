package org.esgledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * demo → {@code esg lock --year 2024} → loading a 2024 fact refused → the same as a restatement accepted →
 * {@code esg compute --year 2024} → the 2025 report's {@code <restatements/>} note in zh and en, and the
 * restated value marked in a multi-year table.
 */
class PeriodLockCommandTest {

    static final String HEADER = "indicator,entity,period,breakdown,nature,value,unit,status,source,note\n";

    @Test
    void aRestatedFigureIsPrintedInTheNextReport() throws IOException {
        Path ws = DemoFolders.demo("cli-period-lock");
        CliRun lock = CliRun.esg(ws, "lock", "--year", "2024", "--reason", "published 2025-04-18", "--by", "esg.manager");
        assertThat(lock.all()).contains("Locked 2024");
        assertThat(lock.exit()).isZero();
        assertThat(CliRun.esg(ws, "status", "--year", "2024").out()).contains("已锁定 / locked").contains("published 2025-04-18");

        Path fix = Files.createTempFile("rd-staff", ".csv");
        Files.writeString(fix, HEADER + "rd_staff,group,2024,,actual,1120,人,approved,HR,\n", StandardCharsets.UTF_8);
        CliRun refused = CliRun.esg(ws, "load", "facts", fix.toString(), "--by", "esg.manager");
        assertThat(refused.exit()).isEqualTo(EsgCommand.REFUSED);
        assertThat(refused.err()).contains("2024 is locked").contains("2024 年度已锁定");
        assertThat(CliRun.esg(ws, "audit", "--user", "esg.manager").out()).contains("refused");

        CliRun restated = CliRun.esg(ws, "load", "facts", fix.toString(), "--restate", "--reason", "R&D staff of a subsidiary left out",
                "--by", "esg.manager");
        assertThat(restated.all()).contains("Loaded 1 facts");
        assertThat(restated.exit()).isZero();
        CliRun compute = CliRun.esg(ws, "compute", "--year", "2024", "--recompute", "--reason", "restatement", "--by", "esg.manager");
        assertThat(compute.exit()).as(compute.all()).isZero();

        Path next = Files.createTempFile("next", ".csv");
        Files.writeString(next, HEADER + "rd_staff,group,2025,,actual,1150,人,approved,HR,\n", StandardCharsets.UTF_8);
        assertThat(CliRun.esg(ws, "load", "facts", next.toString(), "--by", "esg.manager").exit()).isZero();
        assertThat(CliRun.esg(ws, "compute", "--year", "2025", "--by", "esg.manager").exit()).isZero();
        Path dir = Files.createTempDirectory("template");
        Path template = dir.resolve("report-2025.xml");
        Files.writeString(template, """
                <report id="next-2025" entity="group" year="2025">
                  <organisation zh="示例公司" en="Example Co."/>
                  <title zh="2025年度可持续发展报告" en="2025 Sustainability Report"/>
                  <chapter id="about" zh="关于本报告" en="About this report">
                    <restatements/>
                    <figures periods="2024 2025"><row ref="rd_staff"/></figures>
                  </chapter>
                </report>
                """, StandardCharsets.UTF_8);
        Path out = Files.createTempDirectory("out");
        CliRun report = CliRun.esg(ws, "report", "--year", "2025", "--template", template.toString(), "--format", "html",
                "--out", out.toString());
        assertThat(report.exit()).as(report.all()).isZero();
        String zh = Files.readString(out.resolve("report-2025-zh.html"));
        String en = Files.readString(out.resolve("report-2025-en.html"));
        assertThat(zh).contains("信息重述说明（GRI 2-4）").contains("研发人员").contains("1,118").contains("1,120")
                .contains("R&amp;D staff of a subsidiary left out").contains("（重述）");
        assertThat(en).contains("Restatements of information (GRI 2-4)").contains("1,118").contains("1,120").contains("(restated)");
    }
}
