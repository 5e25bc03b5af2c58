package org.esgledger.app.setup;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Subject;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.setup.internal.CompanyStore;
import org.esgledger.app.user.NewUser;
import org.esgledger.app.user.UserView;
import org.esgledger.app.user.Users;
import org.esgledger.app.workspace.WorkspaceStore;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.unit.UnitGroup;
import org.esgledger.engine.unit.UnitTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code esg init}: makes a workspace a company's own. Applies the production set-up (idempotent,
 * {@link WorkspaceSetup}) and records the company's profile; creates no organisation. A workspace
 * without users gets its first administrator here (admin and manager, mapped to the operating-system
 * login that ran init), who applies the set-up; once there are users, init is done by a named admin.
 *
 * <p>Safe to run again: on the same company (the same Chinese or English name) it updates the
 * profile and brings the set-up up to date; it never deletes data. It refuses a workspace that
 * holds the demo, and one recorded for another company unless {@code force} (which renames the
 * company and keeps its data).
 */
@Service
public class CompanyWorkspace {

    private final WorkspaceSetup setup;
    private final WorkspaceStore workspaceStore;
    private final CompanyStore companies;
    private final Catalogue catalogue;
    private final Organisation organisation;
    private final Users users;
    private final Changes changes;
    private final Clock clock;

    CompanyWorkspace(WorkspaceSetup setup, WorkspaceStore workspaceStore, CompanyStore companies, Catalogue catalogue,
                     Organisation organisation, Users users, Changes changes, Optional<Clock> clock) {
        this.users = users;
        this.changes = changes;
        this.setup = setup;
        this.workspaceStore = workspaceStore;
        this.companies = companies;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * One transaction: the first administrator (if the workspace has no user), the set-up and the
     * profile are written together or not at all.
     *
     * @param by    who initialises, when the workspace has users already (else the OS login's user)
     * @param admin the name of the first administrator, when the workspace has no user yet (else the OS login)
     */
    @Transactional
    public InitSummary init(CompanyProfile profile, boolean force, Optional<String> by, Optional<String> admin) {
        if (workspaceStore.state(WorkspaceStore.DEMO_FINGERPRINT).isPresent()) {
            throw new EsgException(AppMessages.of("init.demo"));
        }
        Optional<CompanyProfile> previous = companies.profile();
        if (previous.isPresent() && !previous.get().sameCompany(profile) && !force) {
            CompanyProfile p = previous.get();
            throw new EsgException(AppMessages.of("init.otherCompany", p.name().zh(), p.name().en(), profile.name().zh(),
                    profile.name().en()));
        }
        if (UnitTable.standard().group("money_" + profile.currency().toLowerCase(Locale.ROOT)).isEmpty()) {
            throw new EsgException(AppMessages.of("init.currency", profile.currency(), currencies()));
        }
        Optional<UserView> created = users.any() ? Optional.empty() : Optional.of(firstAdmin(admin));
        Actor actor = created.map(u -> Actor.user(u.name(), u.roles(), u.scope())).orElseGet(() -> users.actor(by));
        SetupSummary s = setup.apply(actor);
        if (!previous.equals(Optional.of(profile))) {
            changes.record(actor, Action.SETTING, Subject.of("company", "profile"), List.of(), previous.map(CompanyWorkspace::fields)
                    .orElse(Map.of()), fields(profile), previous.isPresent() && !previous.get().sameCompany(profile) ? "--force" : "");
        }
        companies.save(profile, Instant.now(clock));
        Map<String, Long> frameworks = catalogue.frameworkItems().stream()
                .collect(Collectors.groupingBy(i -> i.framework().name(), TreeMap::new, Collectors.counting()));
        return new InitSummary(profile, previous, s, frameworks, organisation.tree().entities().size(), actor.name(),
                created.isPresent());
    }

    /** The profile as its audit event records it. */
    private static Map<String, String> fields(CompanyProfile p) {
        return Map.of("name_zh", p.name().zh(), "name_en", p.name().en(), "fiscal_year_end", p.fiscalYearEndText(), "currency", p.currency());
    }

    /** The workspace's first user: admin and manager, acting for the OS login that ran init. */
    private UserView firstAdmin(Optional<String> admin) {
        String login = Users.osLogin();
        String name = admin.orElse(login).strip().toLowerCase(Locale.ROOT);
        return users.addFirst(new NewUser(name, "", Set.of(Role.ADMIN, Role.MANAGER), Optional.of(login)));
    }

    /** The company this workspace was initialised for; empty for the demo or a workspace never initialised. */
    @Transactional(readOnly = true)
    public Optional<CompanyProfile> profile() {
        return companies.profile();
    }

    private static String currencies() {
        return UnitTable.standard().groups().stream().map(UnitGroup::code).filter(c -> c.matches("money_[a-z]{3}"))
                .map(c -> c.substring("money_".length()).toUpperCase(Locale.ROOT)).sorted().collect(Collectors.joining(", "));
    }
}
