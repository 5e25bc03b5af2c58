package org.esgledger.app.demo;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.user.NewUser;
import org.esgledger.app.user.Users;
import org.springframework.stereotype.Component;

/**
 * The demo's illustrative users (invented, none of them a person of the seed company): an ESG
 * manager, who is also the admin and whom the operating-system login that ran {@code esg demo} acts
 * as, so that the demo's commands need no {@code --by}; an HR and an EHS contributor, each scoped to
 * their ledger kinds; a reviewer; an auditor.
 */
@Component
class DemoUsers {

    static final String MANAGER = DemoWorkspace.MANAGER;
    static final String HR = "hr.contributor";
    static final String EHS = "ehs.contributor";

    private final Users users;
    private final Organisation organisation;

    DemoUsers(Users users, Organisation organisation) {
        this.users = users;
        this.organisation = organisation;
    }

    void add(Actor demo) {
        Optional<String> login = Optional.of(Users.osLogin()).filter(l -> !l.isBlank());
        users.add(demo, new NewUser(MANAGER, "ESG 经理（示例）/ ESG manager (example)", Set.of(Role.ADMIN, Role.MANAGER), login));
        users.add(demo, new NewUser(HR, "人力资源填报人（示例）/ HR contributor (example)", Set.of(Role.CONTRIBUTOR), Optional.empty()));
        users.add(demo, new NewUser(EHS, "EHS 填报人（示例）/ EHS contributor (example)", Set.of(Role.CONTRIBUTOR), Optional.empty()));
        users.add(demo, new NewUser("reviewer", "复核人（示例）/ Reviewer (example)", Set.of(Role.REVIEWER), Optional.empty()));
        users.add(demo, new NewUser("auditor", "外部鉴证（示例）/ External assurance (example)", Set.of(Role.AUDITOR), Optional.empty()));
    }

    /** Scopes the contributors and the reviewer once the organisation is loaded. */
    void scope(Actor demo) {
        Set<String> entities = Set.copyOf(organisation.tree().entities().stream().map(e -> e.code()).toList());
        users.scope(demo, HR, new Scope(entities, Set.of("employees", "training"), Set.of()));
        users.scope(demo, EHS, new Scope(entities, Set.of("energy", "emissions", "waste", "safety"), Set.of()));
        users.scope(demo, "reviewer", new Scope(entities, Set.copyOf(List.of("employees", "training", "energy", "emissions", "waste", "safety",
                "suppliers", "surveys", "donations")), Set.of()));
    }
}
