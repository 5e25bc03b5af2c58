package org.esgledger.app.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.esgledger.app.TestActors;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.app.demo.DemoWorkspace;
import org.esgledger.app.evidence.Evidence;
import org.esgledger.app.evidence.Reference;
import org.esgledger.app.evidence.Upload;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.user.SignInCodes;
import org.esgledger.app.user.SignIns;
import org.esgledger.app.user.Users;
import org.esgledger.engine.organisation.ReportingEntity;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo (changed: it gets evidence) with a user of every reach, signed in: the demo's manager, an auditor, a contributor
 * of entity A ({@value #A}), a contributor of every entity but no ledger kind; evidence on a stored value of A and of B
 * ({@value #B}). Users are named {@code PREFIX.manager}, {@code PREFIX.auditor}, {@code PREFIX.a}, {@code PREFIX.entities}.
 */
final class ScopedDemo {

    static final String A = "zkteco";
    static final String B = "tangxia";
    static final String VALUE_A = "wastewater_generated@" + A + "@2024";
    static final String VALUE_B = "wastewater_generated@" + B + "@2024";
    static final String GROUP = "rd_staff@group@2024";

    final WebAccounts accounts;
    final Map<String, String> ids;
    final long evidenceA;
    final long evidenceB;
    final MockHttpSession manager;
    final MockHttpSession auditor;
    final MockHttpSession contributorA;
    final MockHttpSession everyEntity;
    final String prefix;

    private ScopedDemo(ApplicationContext spring, MockMvc mvc, String prefix) throws Exception {
        this.prefix = prefix;
        spring.getBean(TestWorkspaces.class).demoToChange();
        Users users = spring.getBean(Users.class);
        accounts = new WebAccounts(spring.getBean(SignInCodes.class), spring.getBean(SignIns.class), users, spring.getBean(Changes.class), mvc);
        Actor admin = users.actor(Optional.of(DemoWorkspace.MANAGER));
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
        manager = accounts.session(prefix + ".manager", "10.40.0.1");
        auditor = accounts.session(prefix + ".auditor", "10.40.0.2");
        contributorA = accounts.session(prefix + ".a", "10.40.0.3");
        everyEntity = accounts.session(prefix + ".entities", "10.40.0.4");
    }

    static ScopedDemo on(ApplicationContext spring, MockMvc mvc, String prefix) throws Exception {
        return new ScopedDemo(spring, mvc, prefix);
    }

    private long attach(Evidence evidence, String key) {
        byte[] bytes = ("meter reading of " + key + "\n").getBytes(StandardCharsets.UTF_8);
        return evidence.attach(TestActors.manager("scoped.boss"), new Reference.Fact(ids.get(key)),
                new Upload(key.replace('@', '-') + ".txt", new ByteArrayInputStream(bytes), bytes.length), "").id();
    }

    String id(String key) {
        return ids.get(key);
    }
}
