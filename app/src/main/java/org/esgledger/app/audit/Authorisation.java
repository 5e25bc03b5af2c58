package org.esgledger.app.audit;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;
import org.springframework.stereotype.Service;

/**
 * The one authorisation check: may this actor do this, on these areas (entities, ledger kinds, indicator groups)? Services call
 * {@link #require} before they write anything; a refusal is recorded in the audit trail (in its own
 * transaction) and thrown as a zh+en {@link EsgException}. The rules are small functions, each
 * returning why not, or nothing when it allows.
 *
 * <ul>
 * <li>an admin manages users and settings, the catalogue and the organisation;</li>
 * <li>a manager may do everything on data, targets included (and change settings, the catalogue and the organisation);</li>
 * <li>a contributor enters, loads and imports within their scope (entities, ledger kinds);</li>
 * <li>a reviewer reviews within their scope;</li>
 * <li>an admin or a manager attaches evidence and comments anywhere, a contributor or a reviewer within their scope;</li>
 * <li>an admin, a manager or an auditor reads everything, a contributor or a reviewer what is in their scope;</li>
 * <li>an auditor reads only.</li>
 * </ul>
 */
@Service
public class Authorisation {

    private final Changes changes;

    Authorisation(Changes changes) {
        this.changes = changes;
    }

    /** Refuses (recorded, thrown) unless the actor may do this on every target. */
    public void require(Actor actor, Permission permission, Action action, Collection<Area> areas) {
        Optional<Message> why = whyNot(actor, permission, areas);
        if (why.isPresent()) {
            Area first = areas.isEmpty() ? Area.WORKSPACE : areas.iterator().next();
            changes.refused(actor.name(), action, Subject.of(first.kind().name().toLowerCase(Locale.ROOT), first.code()), why.get());
            throw new EsgException(why.get());
        }
    }

    public void require(Actor actor, Permission permission, Action action, Area target) {
        require(actor, permission, action, List.of(target));
    }

    /** Why the actor may not do this on these areas, or empty when they may. */
    public static Optional<Message> whyNot(Actor actor, Permission permission, Collection<Area> areas) {
        if (actor.system()) {
            return Optional.empty();
        }
        Collection<Area> all = areas.isEmpty() ? List.of(Area.WORKSPACE) : areas;
        for (Area area : all) {
            Optional<Message> why = rule(permission).apply(new Ask(actor, permission, area));
            if (why.isPresent()) {
                return why;
            }
        }
        return Optional.empty();
    }

    /** One question to a rule. */
    record Ask(Actor actor, Permission permission, Area area) {
    }

    private static Function<Ask, Optional<Message>> rule(Permission permission) {
        return switch (permission) {
            case MANAGE_USERS -> Authorisation::adminOnly;
            case CHANGE_SETTINGS, LOCK_PERIOD, CHANGE_CATALOGUE, CHANGE_ORGANISATION -> ask -> anyOf(ask, Role.ADMIN, Role.MANAGER);
            case COMPUTE, SET_TARGETS -> ask -> anyOf(ask, Role.MANAGER);
            case ENTER_FACTS, IMPORT_LEDGER -> ask -> managerOrInScope(ask, Role.CONTRIBUTOR);
            case REVIEW -> ask -> managerOrInScope(ask, Role.REVIEWER);
            case ANNOTATE -> Authorisation::annotate;
            case READ -> Authorisation::read;
        };
    }

    /** Evidence and comments: an admin or a manager anywhere, a contributor or a reviewer within their scope; never an auditor. */
    static Optional<Message> annotate(Ask ask) {
        Optional<Message> role = anyOf(ask, Role.ADMIN, Role.MANAGER, Role.CONTRIBUTOR, Role.REVIEWER);
        if (role.isPresent() || ask.actor().has(Role.ADMIN)) {
            return role;
        }
        return managerOrInScope(ask, Role.CONTRIBUTOR, Role.REVIEWER);
    }

    /** Reading: an admin, a manager or an auditor anywhere; a contributor or a reviewer within their scope. */
    static Optional<Message> read(Ask ask) {
        if (Set.of(Role.ADMIN, Role.MANAGER, Role.AUDITOR).stream().anyMatch(ask.actor()::has)) {
            return Optional.empty();
        }
        return managerOrInScope(ask, Role.CONTRIBUTOR, Role.REVIEWER);
    }

    static Optional<Message> adminOnly(Ask ask) {
        return anyOf(ask, Role.ADMIN);
    }

    static Optional<Message> anyOf(Ask ask, Role... roles) {
        for (Role r : roles) {
            if (ask.actor().has(r)) {
                return Optional.empty();
            }
        }
        return Optional.of(needsRole(ask, roles));
    }

    /** A manager everywhere; a contributor or reviewer (one of the {@code scoped} roles) where their scope names the target. */
    static Optional<Message> managerOrInScope(Ask ask, Role... scoped) {
        Actor a = ask.actor();
        if (a.has(Role.MANAGER)) {
            return Optional.empty();
        }
        if (Arrays.stream(scoped).noneMatch(a::has)) {
            return Optional.of(needsRole(ask, Role.MANAGER, scoped[0]));
        }
        if (a.scope().of(ask.area().kind()).contains(ask.area().code())) {
            return Optional.empty();
        }
        return Optional.of(AppMessages.of("auth.outsideScope", a.name(), AppMessages.of(ask.permission().key()), ask.area(),
                a.scope().describe()));
    }

    private static Message needsRole(Ask ask, Role... roles) {
        List<String> codes = Arrays.stream(roles).map(Role::code).toList();
        if (ask.actor().roles().equals(Set.of(Role.AUDITOR))) {
            return AppMessages.of("auth.auditorReadsOnly", ask.actor().name(), AppMessages.of(ask.permission().key()));
        }
        return AppMessages.of("auth.needsRole", ask.actor().name(), AppMessages.of(ask.permission().key()), String.join(" / ", codes),
                ask.actor().roleList());
    }
}
