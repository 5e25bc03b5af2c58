package org.esgledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.esgledger.engine.i18n.Message;
import org.junit.jupiter.api.Test;

/** The authorisation rules, one by one (no store). */
class AuthorisationTest {

    private static final Actor ADMIN = Actor.user("it.admin", Set.of(Role.ADMIN), Scope.NONE);
    private static final Actor MANAGER = Actor.user("esg.lead", Set.of(Role.MANAGER), Scope.NONE);
    private static final Actor EHS = Actor.user("ehs.clerk", Set.of(Role.CONTRIBUTOR), new Scope(Set.of("plant-a"), Set.of("energy"), Set.of()));
    private static final Actor REVIEWER = Actor.user("checker", Set.of(Role.REVIEWER), new Scope(Set.of("plant-a"), Set.of(), Set.of()));
    private static final Actor AUDITOR = Actor.user("assurer", Set.of(Role.AUDITOR), Scope.NONE);

    private static Optional<Message> whyNot(Actor a, Permission p, Area... areas) {
        return Authorisation.whyNot(a, p, List.of(areas));
    }

    @Test
    void onlyAnAdminManagesUsers() {
        assertThat(whyNot(ADMIN, Permission.MANAGE_USERS)).isEmpty();
        assertThat(whyNot(MANAGER, Permission.MANAGE_USERS)).get().extracting(Message::en).asString()
                .isEqualTo("esg.lead may not manage users: that needs the role admin (their roles: manager)");
        assertThat(whyNot(MANAGER, Permission.MANAGE_USERS).get().zh()).isEqualTo("esg.lead 无权管理用户：需要角色 admin（其角色：manager）");
    }

    @Test
    void aManagerMayDoEverythingOnDataButNotManageUsers() {
        for (Permission p : List.of(Permission.ENTER_FACTS, Permission.IMPORT_LEDGER, Permission.COMPUTE, Permission.REVIEW,
                Permission.CHANGE_SETTINGS)) {
            assertThat(whyNot(MANAGER, p, Area.entity("anything"), Area.ledger("waste"))).as(p.name()).isEmpty();
        }
        assertThat(whyNot(ADMIN, Permission.CHANGE_SETTINGS)).isEmpty();
        assertThat(whyNot(ADMIN, Permission.IMPORT_LEDGER, Area.ledger("energy"))).as("an admin is not a data person").isPresent();
    }

    @Test
    void theCatalogueAndTheOrganisationAreAnAdminsOrAManagersTheTargetsAManagers() {
        for (Permission p : List.of(Permission.CHANGE_CATALOGUE, Permission.CHANGE_ORGANISATION)) {
            assertThat(whyNot(ADMIN, p)).as(p.name()).isEmpty();
            assertThat(whyNot(MANAGER, p)).as(p.name()).isEmpty();
            assertThat(whyNot(EHS, p)).as(p.name()).isPresent();
            assertThat(whyNot(REVIEWER, p)).as(p.name()).isPresent();
        }
        assertThat(whyNot(MANAGER, Permission.SET_TARGETS)).isEmpty();
        assertThat(whyNot(ADMIN, Permission.SET_TARGETS).get().en())
                .isEqualTo("it.admin may not set the targets: that needs the role manager (their roles: admin)");
        assertThat(whyNot(EHS, Permission.CHANGE_ORGANISATION).get().zh())
                .isEqualTo("ehs.clerk 无权更改组织架构（报告主体）：需要角色 admin / manager（其角色：contributor）");
    }

    @Test
    void aContributorActsWithinTheirScopeOnly() {
        assertThat(whyNot(EHS, Permission.IMPORT_LEDGER, Area.ledger("energy"))).isEmpty();
        assertThat(whyNot(EHS, Permission.ENTER_FACTS, Area.entity("plant-a"))).isEmpty();
        assertThat(whyNot(EHS, Permission.IMPORT_LEDGER, Area.ledger("employees")).get().en())
                .isEqualTo("ehs.clerk may not import ledgers for ledger employees: it is outside their scope (entity plant-a; ledger energy)");
        assertThat(whyNot(EHS, Permission.ENTER_FACTS, Area.entity("plant-a"), Area.entity("plant-b")).get().en())
                .as("every entity of a file must be in scope").contains("entity plant-b");
        assertThat(whyNot(EHS, Permission.COMPUTE)).isPresent();
        assertThat(whyNot(EHS, Permission.REVIEW, Area.entity("plant-a"))).as("a contributor does not review").isPresent();
    }

    @Test
    void aReviewerReviewsWithinTheirScopeAndEntersNothing() {
        assertThat(whyNot(REVIEWER, Permission.REVIEW, Area.entity("plant-a"))).isEmpty();
        assertThat(whyNot(REVIEWER, Permission.REVIEW, Area.entity("plant-b"))).isPresent();
        assertThat(whyNot(REVIEWER, Permission.ENTER_FACTS, Area.entity("plant-a"))).isPresent();
    }

    @Test
    void contributorsAndReviewersReadWithinTheirScopeOthersEverywhere() {
        assertThat(whyNot(EHS, Permission.READ, Area.entity("plant-a"))).isEmpty();
        assertThat(whyNot(EHS, Permission.READ, Area.ledger("energy"))).isEmpty();
        assertThat(whyNot(EHS, Permission.READ, Area.entity("plant-b")).get().en())
                .isEqualTo("ehs.clerk may not read data for entity plant-b: it is outside their scope (entity plant-a; ledger energy)");
        assertThat(whyNot(REVIEWER, Permission.READ, Area.entity("plant-a"))).isEmpty();
        assertThat(whyNot(REVIEWER, Permission.READ, Area.entity("plant-b"))).isPresent();
    }

    @Test
    void anAuditorReadsOnly() {
        assertThat(whyNot(AUDITOR, Permission.READ, Area.entity("plant-a"))).isEmpty();
        assertThat(whyNot(AUDITOR, Permission.READ, Area.ledger("employees"))).isEmpty();
        for (Permission p : Permission.values()) {
            if (p == Permission.READ) {
                continue;
            }
            Optional<Message> why = whyNot(AUDITOR, p, Area.entity("plant-a"));
            assertThat(why).as(p.name()).isPresent();
            assertThat(why.get().en()).contains("auditors read, they change nothing");
        }
    }

    @Test
    void theDemosOwnLoadIsAllowedEverything() {
        for (Permission p : Permission.values()) {
            assertThat(whyNot(Actor.demo(), p, Area.ledger("energy"))).isEmpty();
        }
        assertThat(Actor.demo().name()).isEqualTo("esg demo");
    }
}
