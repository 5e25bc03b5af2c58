package org.esgledger.app.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import org.esgledger.app.TestActors;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.app.demo.DemoReportTemplate;
import org.esgledger.app.demo.DemoWorkspace;
import org.esgledger.app.evidence.Evidence;
import org.esgledger.app.evidence.Reference;
import org.esgledger.app.evidence.Upload;
import org.esgledger.app.fact.EnteredValue;
import org.esgledger.app.fact.FactEntries;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.ledger.BatchView;
import org.esgledger.app.ledger.ImportOptions;
import org.esgledger.app.ledger.LedgerBatches;
import org.esgledger.app.ledger.Ledgers;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.report.RenderedReports;
import org.esgledger.app.review.Reviews;
import org.esgledger.app.review.Selection;
import org.esgledger.app.user.Users;
import org.esgledger.app.workspace.Workspace;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.organisation.ReportingEntity;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo (changed: it gets evidence) with a user of every reach, signed in: the demo's manager, an auditor, a contributor
 * of entity A ({@value #A}), a reviewer of entity A, a contributor of every entity but no ledger kind, a contributor of ledger
 * kind X ({@value #KIND_A}) only; evidence on a stored value of A and of B ({@value #B}); a batch in force of kind X and of kind Y ({@value #KIND_B}).
 * Users are named {@code PREFIX.manager}, {@code PREFIX.auditor}, {@code PREFIX.a}, {@code PREFIX.entities}, {@code PREFIX.kind},
 * {@code PREFIX.ra}, and {@code PREFIX.admin} (an admin only) and {@code PREFIX.target} (a contributor the administration rows change).
 * The methods below make, when a row asks for it, a draft or a submitted value, a draft batch or a kept upload.
 */
final class ScopedDemo {

    static final String A = "zkteco";
    static final String B = "tangxia";
    static final String VALUE_A = "wastewater_generated@" + A + "@2024";
    static final String VALUE_B = "wastewater_generated@" + B + "@2024";
    static final String GROUP = "rd_staff@group@2024";
    static final String KIND_A = "employees";
    static final String KIND_B = "donations";
    static final String ROSTER = "员工编号,所属主体,性别,出生年份,学历,岗位类别,是否研发人员,入职日期,招聘渠道,离职日期\n";
    static final String DONATIONS = "捐赠日期,捐赠主体,受赠方,国家/地区,金额,币种,用途,形式,备注\n";

    final WebAccounts accounts;
    final Map<String, String> ids;
    final long evidenceA;
    final long evidenceB;
    final MockHttpSession manager;
    final MockHttpSession auditor;
    final MockHttpSession contributorA;
    final MockHttpSession everyEntity;
    final MockHttpSession kindA;
    final MockHttpSession reviewerA;
    /** An admin only (no manager role): the users' changes (issue 14 item 8). */
    final MockHttpSession administrator;
    final long batchA;
    final long batchB;
    final String prefix;
    private final ApplicationContext spring;
    private final MockMvc mvc;
    private final Actor admin;
    private int made;

    private ScopedDemo(ApplicationContext spring, MockMvc mvc, String prefix) throws Exception {
        this.prefix = prefix;
        this.spring = spring;
        this.mvc = mvc;
        spring.getBean(TestWorkspaces.class).demoToChange();
        Users users = spring.getBean(Users.class);
        accounts = spring.getBean(WebAccounts.class);
        admin = users.actor(Optional.of(DemoWorkspace.MANAGER));
        accounts.admin(admin);
        Calculations calculations = spring.getBean(Calculations.class);
        ids = calculations.values(calculations.current(2024).orElseThrow().id()).stream()
                .collect(Collectors.toMap(SnapshotValue::key, SnapshotValue::factId));
        Evidence evidence = spring.getBean(Evidence.class);
        evidenceA = attach(evidence, VALUE_A);
        evidenceB = attach(evidence, VALUE_B);
        accounts.withPassword(prefix + ".manager", Role.MANAGER);
        accounts.withPassword(prefix + ".auditor", Role.AUDITOR);
        accounts.withPassword(prefix + ".a", Role.CONTRIBUTOR);
        users.scope(admin, prefix + ".a", new Scope(Set.of(A), Set.of(), Set.of()));
        accounts.withPassword(prefix + ".entities", Role.CONTRIBUTOR);
        Set<String> all = spring.getBean(Organisation.class).tree().entities().stream().map(ReportingEntity::code).collect(Collectors.toSet());
        users.scope(admin, prefix + ".entities", new Scope(all, Set.of(), Set.of()));
        accounts.withPassword(prefix + ".kind", Role.CONTRIBUTOR);
        users.scope(admin, prefix + ".kind", new Scope(Set.of(), Set.of(KIND_A), Set.of()));
        accounts.withPassword(prefix + ".ra", Role.REVIEWER);
        users.scope(admin, prefix + ".ra", new Scope(Set.of(A), Set.of(), Set.of()));
        List<BatchView> batches = spring.getBean(LedgerBatches.class).list(admin);
        batchA = batches.stream().filter(b -> b.kind().equals(KIND_A) && b.inForce()).findFirst().orElseThrow().id();
        batchB = batches.stream().filter(b -> b.kind().equals(KIND_B) && b.inForce()).findFirst().orElseThrow().id();
        manager = accounts.session(prefix + ".manager", "10.40.0.1");
        auditor = accounts.session(prefix + ".auditor", "10.40.0.2");
        contributorA = accounts.session(prefix + ".a", "10.40.0.3");
        everyEntity = accounts.session(prefix + ".entities", "10.40.0.4");
        kindA = accounts.session(prefix + ".kind", "10.40.0.5");
        reviewerA = accounts.session(prefix + ".ra", "10.40.0.6");
        accounts.withPassword(prefix + ".admin", Role.ADMIN);
        administrator = accounts.session(prefix + ".admin", "10.40.0.7");
        accounts.withPassword(target(), Role.CONTRIBUTOR);
    }

    static ScopedDemo on(ApplicationContext spring, MockMvc mvc, String prefix) throws Exception {
        return new ScopedDemo(spring, mvc, prefix);
    }

    private long attach(Evidence evidence, String key) {
        byte[] bytes = ("meter reading of " + key + "\n").getBytes(StandardCharsets.UTF_8);
        return evidence.attach(TestActors.manager("scoped.boss"), new Reference.Fact(ids.get(key)),
                new Upload(key.replace('@', '-') + ".txt", new ByteArrayInputStream(bytes), bytes.length), "").id();
    }

    /** A contributor whose roles, scope and state the administration rows change. */
    String target() {
        return prefix + ".target";
    }

    String id(String key) {
        return ids.get(key);
    }

    /** The fact grid's row (and stored fact) id of an indicator's FY2024 total of an entity. */
    static String row(String indicator, String entity) {
        return new FactKey(indicator, entity, new Period.FiscalYear(2024), Breakdown.TOTAL, Nature.ACTUAL).id();
    }

    /** A new draft value of the indicator's FY2024 total of the entity, entered by the demo's admin; its id. */
    String draft(String indicator, String entity) {
        made++;
        return spring.getBean(FactEntries.class).enter(admin, new EnteredValue(indicator, entity, 2024, Breakdown.TOTAL.code(), "actual",
                String.valueOf(10 + made), "", "scoped demo"));
    }

    /** A new value entered and submitted for review by the demo's admin; its id. */
    String submitted(String indicator, String entity) {
        String id = draft(indicator, entity);
        spring.getBean(Reviews.class).submit(admin, new Selection.Facts(List.of(id)), "");
        return id;
    }

    /** A new draft batch of kind X, imported by the demo's admin; its id. */
    long draftBatch() {
        return draftBatch(KIND_A);
    }

    /** A new draft batch of the kind (X or Y), imported by the demo's admin; its id. */
    long draftBatch(String kind) {
        MockMultipartFile file = ledgerFile(kind);
        try {
            return spring.getBean(Ledgers.class).importFile(kind, new SourceFile(file.getOriginalFilename(), file.getBytes()),
                    new ImportOptions(false, ImportOptions.Overlap.ADD, admin, Optional.empty(), Optional.empty())).batch().orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An evidence file for a multipart form. */
    static MockMultipartFile evidenceFile() {
        return new MockMultipartFile("file", "meter.txt", "text/plain", "meter reading\n".getBytes(StandardCharsets.UTF_8));
    }

    /** A valid ledger file of kind X ({@value #KIND_A}: a roster row of a new employee) or Y ({@value #KIND_B}: a donation). */
    MockMultipartFile ledgerFile(String kind) {
        made++;
        String text = KIND_A.equals(kind)
                ? ROSTER + "RT" + (1000 + made) + "," + A + ",女,1990,本科,技术人员,是,2024-03-01,校园招聘,\n"
                : DONATIONS + "2024-03-0" + (1 + made % 9) + ",广东熵基,受赠方" + made + ",CN,100,CNY,社区公益,现金,\n";
        return new MockMultipartFile("file", kind + "-" + made + ".csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    /** An upload of the kind kept by a dry run in the manager's session: {@code ID/ACTION?sha256=SHA} with ACTION to fill in. */
    String upload(String kind) {
        try {
            String page = mvc.perform(multipart("/ledgers/upload")
                            .file(ledgerFile(kind)).param("kind", kind)
                            .with(csrf()).session(manager))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            Matcher id = LedgerUploadTest.CONFIRM.matcher(page);
            Matcher sha = LedgerUploadTest.SHA.matcher(page);
            if (!id.find() || !sha.find()) {
                throw new IllegalStateException("no dry run of " + kind + ": " + page);
            }
            return id.group(1) + "/%s?sha256=" + sha.group(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 2024 report rendered by the demo's manager as the web application renders it (once, with the demo's template); the name. */
    String rendered(String name) {
        RenderedReports reports = spring.getBean(RenderedReports.class);
        if (reports.files(admin, 2024).orElseThrow().stream().noneMatch(f -> f.name().equals(name))) {
            template();
            reports.render(admin, 2024);
        }
        return name;
    }

    /** The demo's report template in the workspace (else a render writes the starter template there); an empty text. */
    String template() {
        DemoReportTemplate.install(spring.getBean(Workspace.class).directory());
        return "";
    }

    /** The organisation file as the web application exports it (unchanged), for a multipart form. */
    MockMultipartFile organisationFile() {
        return new MockMultipartFile("file", "entities.csv", "text/csv", spring.getBean(Organisation.class).csv(admin));
    }

    /** The organisation file checked by a dry run in the manager's session, kept there: its SHA-256. */
    String organisationUpload() {
        try {
            String page = mvc.perform(multipart("/admin/organisation/upload").file(organisationFile()).with(csrf()).session(manager))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            Matcher sha = OrganisationPageTest.SHA.matcher(page);
            if (!sha.find()) {
                throw new IllegalStateException("no dry run of the organisation: " + page);
            }
            return sha.group(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
