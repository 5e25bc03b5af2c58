package org.esgledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.esgledger.app.StoreTest;
import org.esgledger.app.TestActors;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.workspace.Workspace;
import org.esgledger.engine.i18n.EsgException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import as a careless or hostile file finds it: personal data in rejected and accepted rows,
 * control characters, a file name longer than a file system takes, the same rows under another name,
 * a unit that contradicts the unit column. Each was a defect found by trying; each test reproduces it.
 */
@StoreTest
class ImportHardeningTest {

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Ledgers ledgers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Workspace workspace;

    @TempDir
    Path dir;

    private static final ImportOptions IMPORT = new ImportOptions(false, false, TestActors.manager("tester"));
    private static final ImportOptions DRY_RUN = new ImportOptions(true, false, TestActors.manager("tester"));

    /** Personal data the roster below carries: names, identity-card numbers, phones, addresses. */
    private static final List<String> PERSONAL = List.of("欧阳霁岚", "司马砚青", "慕容芷汀", "44030619870412733X",
            "11010519900307451X", "13987651234", "139-8765-4321", "深圳市南山区栖霞路88号", "厦门市思明区鹭江道17号");

    private static final String ROSTER = String.join("\n",
            "姓名,身份证号,手机,住址,工号,性别,出生年份,最高学历,岗位序列,是否研发人员,入职时间,招聘渠道,所属公司,离职日期,离职原因",
            // accepted: the personal columns are never read
            "欧阳霁岚,44030619870412733X,13987651234,深圳市南山区栖霞路88号,PD-9001,女,1987,本科,技术人员,是,2020-03-05,社招,group,,",
            // rejected because its id is an identity-card number
            "司马砚青,11010519900307451X,139-8765-4321,厦门市思明区鹭江道17号,11010519900307451X,男,1990,硕士,销售,否,2021-02-01,社招,group,,",
            // rejected for its gender, with a phone number typed into a column the kind reads
            "慕容芷汀,,,,PD-9003,未知,1992,本科,生产,否,2022-01-01,校招,group,2024-05-01,电话13987651234");

    @BeforeEach
    void demo() {
        workspaces.demoToChange();
    }

    private static SourceFile utf8(String name, String text) {
        return new SourceFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static SourceFile gbk(String name, String text) {
        return new SourceFile(name, text.getBytes(java.nio.charset.Charset.forName("GB18030")));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void personalDataOfRejectedAndAcceptedRowsIsNeitherStoredNorPrinted() throws IOException {
        Path report = dir.resolve("dry-run-rejections.csv");
        ImportReport dry = ledgers.importFile("employees", utf8("roster-personal.csv", ROSTER),
                new ImportOptions(true, ImportOptions.Overlap.REFUSE, TestActors.manager("tester"), Optional.empty(), Optional.of(report)));
        ImportReport r = ledgers.importFile("employees", utf8("roster-personal.csv", ROSTER), IMPORT);
        assertThat(r.accepted()).isEqualTo(dry.accepted()).isEqualTo(1);
        assertThat(r.rejected()).isEqualTo(dry.rejected()).isEqualTo(2);
        assertThat(r.rejections()).extracting(x -> x.row() + ":" + x.column())
                .containsExactlyInAnyOrder("3:employee_id", "4:gender", "4:leave_reason");
        assertThat(r.rejections().get(0).reason().zh()).contains("身份证号").contains("11**************1X");

        String printed = r.rejections().toString() + dry.rejections() + r.ignoredColumns();
        String stored = everyTable();
        assertThat(stored).contains("PD-9001").contains("11**************1X");
        Path file = r.rejectionFile().orElseThrow();
        assertThat(file.getParent()).isEqualTo(workspace.directory().resolve("rejections").toAbsolutePath());
        String files = Files.readString(file) + Files.readString(report);
        for (String value : PERSONAL) {
            assertThat(printed).as("printed").doesNotContain(value);
            assertThat(stored).as("stored").doesNotContain(value);
            assertThat(files).as("rejection files").doesNotContain(value);
        }
        assertThat(workspaceFilesHolding(PERSONAL)).as("files of the workspace, pg_wal aside").isEmpty();
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE);
        }
    }

    /** Files below the workspace (the embedded database's files among them, but its write-ahead log) holding any of the texts. */
    private List<Path> workspaceFilesHolding(List<String> texts) throws IOException {
        List<byte[]> needles = texts.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
        List<Path> holding = new java.util.ArrayList<>();
        Files.walkFileTree(workspace.directory(), new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && !p.toString().contains("pg_wal")) {
                    try {
                        byte[] content = Files.readAllBytes(p);
                        if (needles.stream().anyMatch(n -> indexOf(content, n) >= 0)) {
                            holding.add(p);
                        }
                    } catch (IOException e) {
                        // a file the server removed while we walked
                    }
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        return holding;
    }

    /** Every row of every table of the store, as text. */
    private String everyTable() {
        StringBuilder all = new StringBuilder();
        for (String table : jdbc.sql("select tablename from pg_tables where schemaname = current_schema()").query(String.class).list()) {
            jdbc.sql("select t::text from \"" + table + "\" t").query(String.class).list().forEach(row -> all.append(row).append('\n'));
        }
        return all.toString();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void aDryRunWritesNothingAtAll() throws IOException {
        Path rejections = workspace.directory().resolve("rejections");
        long filesBefore = Files.exists(rejections) ? Files.list(rejections).count() : 0;
        long batchesBefore = count("select count(*) from ledger_batch");
        long rejectionsBefore = count("select count(*) from ledger_rejection");
        ImportReport r = ledgers.importFile("employees", utf8("roster-dry.csv", ROSTER), DRY_RUN);
        assertThat(r.dryRun()).isTrue();
        assertThat(r.rejected()).isEqualTo(2);
        assertThat(r.rejectionFile()).isEmpty();
        assertThat(Files.exists(rejections) ? Files.list(rejections).count() : 0).isEqualTo(filesBefore);
        assertThat(count("select count(*) from ledger_batch")).isEqualTo(batchesBefore);
        assertThat(count("select count(*) from ledger_rejection")).isEqualTo(rejectionsBefore);
    }

    @Test
    void aNulByteIsRefusedByTheDryRunAndTheImportAlike() {
        StringBuilder text = new StringBuilder("捐赠日期,捐赠主体,受赠方,国家/地区,金额,币种,用途,形式,备注\n");
        // past the first 8 KB, where a file is sniffed for binary content: the NUL is in a cell of a text file
        for (int i = 1; i <= 300; i++) {
            text.append("2025-06-30,group,某慈善基金会,CN,").append(1000 + i).append(",CNY,乡村振兴,现金,第").append(i).append("笔\n");
        }
        text.append("2025-07-01,group,某基金会\u0000,CN,2000,CNY,乡村振兴,现金,bad\n");
        text.append("2025-07-02,group,某基金会,CN,3000,CNY,乡村振兴,现金,tab\there\n");
        ImportReport dry = ledgers.importFile("donations", utf8("donations-nul.csv", text.toString()), DRY_RUN);
        ImportReport r = ledgers.importFile("donations", utf8("donations-nul.csv", text.toString()), IMPORT);
        assertThat(dry.accepted()).isEqualTo(r.accepted()).isEqualTo(301);
        assertThat(dry.rejections()).isEqualTo(r.rejections());
        assertThat(r.rejections()).singleElement().satisfies(x -> {
            assertThat(x.row()).isEqualTo(302);
            assertThat(x.column()).isEqualTo("recipient");
            assertThat(x.reason().en()).contains("U+0000");
            assertThat(x.raw()).doesNotContain("\u0000").contains("\uFFFD");
        });
    }

    @Test
    void aFileNameLongerThanTheFileSystemTakesStillGetsItsRejectionReport() {
        String name = "二零二五年度集团各子公司及分支机构对外捐赠明细台账".repeat(3) + "（最终修订版第三稿经复核）.csv";
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(255);
        String text = String.join("\n", "捐赠日期,捐赠主体,受赠方,国家/地区,金额,币种,用途,形式,备注",
                "2025-08-01,group,某慈善基金会,CN,1000,CNY,乡村振兴,现金,ok",
                "2025-08-02,nowhere,某慈善基金会,CN,1000,CNY,乡村振兴,现金,bad entity");
        ImportReport r = ledgers.importFile("donations", utf8(name, text), IMPORT);
        Path report = r.rejectionFile().orElseThrow();
        assertThat(report).exists();
        assertThat(report.getFileName().toString()).startsWith("batch-" + r.batch().orElseThrow() + "-二零二五");
        assertThat(report.getFileName().toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(count("select count(*) from ledger_rejection where batch_id = " + r.batch().orElseThrow())).isEqualTo(1);
    }

    @Test
    void theSameRowsUnderAnotherNameAreRefusedUnlessAddedOrReplaced() {
        String rows = String.join("\n", "捐赠日期,捐赠主体,受赠方,国家/地区,金额,币种,用途,形式,备注",
                "2025-09-01,tangxia,某慈善基金会,CN,17000,CNY,乡村振兴,现金,九月",
                "2025-09-02,tangxia,某慈善基金会,CN,15000,CNY,乡村振兴,现金,九月");
        ImportReport first = ledgers.importFile("donations", utf8("donations-sept.csv", rows), IMPORT);
        long donationsBefore = count("select count(*) from donation_record");
        // the same rows, saved again from Excel on Chinese Windows: another name, another encoding, another SHA-256
        String copy = rows.replace("\n", "\r\n");

        ImportReport dry = ledgers.importFile("donations", gbk("捐赠明细-副本.csv", copy), DRY_RUN);
        assertThat(dry.overlaps()).singleElement().satisfies(o -> {
            assertThat(o.batch()).isEqualTo(first.batch().orElseThrow());
            assertThat(o.file()).isEqualTo("donations-sept.csv");
            assertThat(o.rows()).isEqualTo(2);
            assertThat(o.firstRows()).containsExactly(2, 3);
        });
        assertThat(dry.wouldBeRefused(ImportOptions.Overlap.REFUSE)).isTrue();

        EsgException refused = catchThrowableOfType(EsgException.class,
                () -> ledgers.importFile("donations", gbk("捐赠明细-副本.csv", copy), IMPORT));
        assertThat(refused.text().en()).contains("捐赠明细-副本.csv").contains("donations-sept.csv").contains("--replace").contains("--add");
        assertThat(refused.text().zh()).contains("重复计算");
        assertThat(count("select count(*) from donation_record")).isEqualTo(donationsBefore);

        ImportReport replaced = ledgers.importFile("donations", gbk("捐赠明细-副本.csv", copy),
                new ImportOptions(false, ImportOptions.Overlap.REPLACE, TestActors.manager("tester"), Optional.empty(), Optional.empty()));
        assertThat(replaced.replaced()).containsExactly(first.batch().orElseThrow());
        assertThat(count("select count(*) from donation_record r join ledger_batch b on b.id = r.batch_id "
                + "where b.superseded_by is null and r.note = '九月'")).isEqualTo(2);

        ImportReport added = ledgers.importFile("donations", gbk("捐赠明细-补录.csv", copy + "\r\n"),
                new ImportOptions(false, ImportOptions.Overlap.ADD, TestActors.manager("tester"), Optional.empty(), Optional.empty()));
        assertThat(added.accepted()).isEqualTo(2);
        assertThat(count("select count(*) from donation_record r join ledger_batch b on b.id = r.batch_id "
                + "where b.superseded_by is null and r.note = '九月'")).isEqualTo(4);
    }

    @Test
    void aUnitInTheCellThatContradictsTheUnitColumnIsRefusedWithBothNamed() {
        String text = String.join("\n", "所属主体,月份,能源/水种类,用量,计量单位",
                "group,2024-03,电力,100 万千瓦时,千瓦时",
                "group,2024-04,电力,100 万千瓦时,万千瓦时",
                "group,2024-05,电力,1200 度,kWh");
        ImportReport dry = ledgers.importFile("energy", utf8("energy-units.csv", text), DRY_RUN);
        ImportReport r = ledgers.importFile("energy", utf8("energy-units.csv", text),
                new ImportOptions(false, ImportOptions.Overlap.ADD, TestActors.manager("tester"), Optional.empty(), Optional.empty()));
        assertThat(r.accepted()).isEqualTo(dry.accepted()).isEqualTo(2);
        assertThat(r.rejections()).singleElement().satisfies(x -> {
            assertThat(x.row()).isEqualTo(2);
            assertThat(x.column()).isEqualTo("quantity");
            assertThat(x.reason().en()).contains("万千瓦时").contains("\"千瓦时\"");
            assertThat(x.reason().zh()).contains("万千瓦时").contains("千瓦时").contains("矛盾");
        });
    }

    @Test
    void theDryRunCountsEqualTheImportCountsOnEveryDemoLedger() throws IOException {
        try (Stream<Path> files = Files.list(workspace.directory().resolve("ledgers"))) {
            for (Path file : files.sorted().toList()) {
                String kind = file.getFileName().toString().replaceAll("-.*", "");
                ImportOptions dryRun = new ImportOptions(true, true, TestActors.manager("tester"));
                ImportReport dry = ledgers.importPath(kind, file, dryRun);
                ImportReport real = ledgers.importPath(kind, file, new ImportOptions(false, true, TestActors.manager("tester")));
                assertThat(List.of(dry.accepted(), dry.rejected(), dry.skipped().rows()))
                        .as(file.getFileName().toString())
                        .isEqualTo(List.of(real.accepted(), real.rejected(), real.skipped().rows()));
                assertThat(dry.replaced()).as(file.getFileName().toString()).isEqualTo(real.replaced());
            }
        }
    }
}
