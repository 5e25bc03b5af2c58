package org.esgledger.app.setup;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.setup.internal.CompanyStore;
import org.esgledger.app.workspace.WorkspaceStore;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.unit.UnitGroup;
import org.esgledger.engine.unit.UnitTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code esg init}: makes a workspace a company's own. Applies the production set-up (idempotent,
 * {@link WorkspaceSetup}) and records the company's profile; creates no organisation and no user.
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
    private final Clock clock;

    CompanyWorkspace(WorkspaceSetup setup, WorkspaceStore workspaceStore, CompanyStore companies, Catalogue catalogue,
                     Organisation organisation, Optional<Clock> clock) {
        this.setup = setup;
        this.workspaceStore = workspaceStore;
        this.companies = companies;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** One transaction: the set-up and the profile are written together or not at all. */
    @Transactional
    public InitSummary init(CompanyProfile profile, boolean force) {
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
        SetupSummary s = setup.apply();
        companies.save(profile, Instant.now(clock));
        Map<String, Long> frameworks = catalogue.frameworkItems().stream()
                .collect(Collectors.groupingBy(i -> i.framework().name(), TreeMap::new, Collectors.counting()));
        return new InitSummary(profile, previous, s, frameworks, organisation.tree().entities().size());
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
