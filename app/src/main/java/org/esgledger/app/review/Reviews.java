package org.esgledger.app.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.audit.Subject;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.review.internal.ReviewStore;
import org.esgledger.app.review.internal.Target;
import org.esgledger.app.review.internal.Transitions;
import org.esgledger.app.review.internal.Transitions.Step;
import org.esgledger.app.workspace.WorkspaceStore;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review and approval of facts and ledger batches (docs/audit.md): submit, approve, reject. Each
 * step checks, before it writes anything, who may ({@link Authorisation}: a contributor submits
 * within their scope, a reviewer approves and rejects within theirs, a manager does both) and the
 * review rules ({@link Transitions}); any refusal is recorded and nothing changes. Each target that
 * changes is one audit event (status before and after) and, for a fact, a version in its history.
 */
@Service
public class Reviews {

    /** The workspace_state key of the four-eyes rule: {@code on} (the default) or {@code off}. */
    public static final String FOUR_EYES = "review.fourEyes";

    private final ReviewStore store;
    private final Facts facts;
    private final Authorisation authorisation;
    private final Changes changes;
    private final WorkspaceStore workspace;
    private final Clock clock;

    Reviews(ReviewStore store, Facts facts, Authorisation authorisation, Changes changes, WorkspaceStore workspace, Optional<Clock> clock) {
        this.store = store;
        this.facts = facts;
        this.authorisation = authorisation;
        this.changes = changes;
        this.workspace = workspace;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public Reviewed submit(Actor by, Selection what, String reason) {
        return take(Step.SUBMIT, by, what, reason);
    }

    @Transactional
    public Reviewed approve(Actor by, Selection what, String reason) {
        return take(Step.APPROVE, by, what, reason);
    }

    @Transactional
    public Reviewed reject(Actor by, Selection what, String reason) {
        return take(Step.REJECT, by, what, reason);
    }

    /** Whether nobody may approve what they entered or imported (on unless the workspace turned it off). */
    @Transactional(readOnly = true)
    public boolean fourEyes() {
        return !"off".equals(workspace.state(FOUR_EYES).orElse("on"));
    }

    /** Turns the four-eyes rule on or off: an admin's or a manager's setting, with a reason, recorded. */
    @Transactional
    public void fourEyes(Actor by, boolean on, String reason) {
        Subject subject = Subject.of("setting", FOUR_EYES);
        if (reason == null || reason.isBlank()) {
            refuse(by, Action.SETTING, subject, AppMessages.of("review.settingReason"));
        }
        authorisation.require(by, Permission.CHANGE_SETTINGS, Action.SETTING, Area.WORKSPACE);
        String before = fourEyes() ? "on" : "off";
        changes.record(by, Action.SETTING, subject, List.of(), Map.of("value", before), Map.of("value", on ? "on" : "off"), reason);
        workspace.putState(FOUR_EYES, on ? "on" : "off");
    }

    private Reviewed take(Step step, Actor by, Selection what, String reason) {
        Action action = action(step);
        workspace.requireSetUp();
        List<Target> targets = targets(step, what);
        Subject subject = targets.size() == 1 ? subject(targets.get(0)) : Subject.of("selection", what.describe());
        boolean missing = what instanceof Selection.Facts fs && targets.size() < fs.ids().stream().distinct().count();
        if ((targets.isEmpty() || missing) && !(what instanceof Selection.Filter)) {
            refuse(by, action, Subject.of("selection", what.describe()), AppMessages.of("review.unknown", what.describe()));
        }
        if (targets.isEmpty()) {
            refuse(by, action, subject, AppMessages.of("review.nothingSelected", what.describe(), step.code(),
                    String.join(", ", step.from().stream().map(Codes::code).toList())));
        }
        Permission permission = step == Step.SUBMIT ? (what instanceof Selection.Batch ? Permission.IMPORT_LEDGER : Permission.ENTER_FACTS)
                : Permission.REVIEW;
        authorisation.require(by, permission, action, targets.stream().map(Reviews::area).distinct().toList());
        boolean fourEyes = fourEyes();
        for (Target t : targets) {
            Optional<Message> why = Transitions.whyNot(step, t, by, reason, fourEyes);
            if (why.isPresent()) {
                refuse(by, action, subject(t), why.get());
            }
        }
        return write(step, by, targets, reason == null ? "" : reason.strip());
    }

    private Reviewed write(Step step, Actor by, List<Target> targets, String reason) {
        Instant now = clock.instant();
        List<String> factIds = new ArrayList<>();
        List<Long> batchIds = new ArrayList<>();
        for (Target t : targets) {
            boolean byEntrant = step == Step.APPROVE && by.name().equals(t.enteredBy());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("status", Codes.code(step.to()));
            if (byEntrant) {
                after.put("approved_by_entrant", true);
            }
            List<String> entities = t.kind() == Target.Kind.FACT ? List.of(t.area()) : List.of();
            long seq = changes.record(by, action(step), subject(t), entities, Map.of("status", Codes.code(t.status())), after, reason);
            store.write(t, step.to(), by.name(), now, step == Step.REJECT ? reason : "", byEntrant);
            if (t.kind() == Target.Kind.FACT) {
                facts.keepStatusVersions(List.of(t.id()), seq, by.name(), now);
                factIds.add(t.id());
            } else {
                batchIds.add(Long.parseLong(t.id()));
            }
        }
        return new Reviewed(step.to(), factIds, batchIds);
    }

    private List<Target> targets(Step step, Selection what) {
        if (what instanceof Selection.Fact f) {
            return store.fact(f.id());
        }
        if (what instanceof Selection.Batch b) {
            return store.batch(b.id());
        }
        if (what instanceof Selection.Facts fs) {
            return fs.ids().stream().distinct().flatMap(id -> store.fact(id).stream()).toList();
        }
        return store.facts((Selection.Filter) what, step.from());
    }

    private void refuse(Actor by, Action action, Subject subject, Message why) {
        changes.refused(by.name(), action, subject, why);
        throw new EsgException(why);
    }

    private static Area area(Target t) {
        return t.kind() == Target.Kind.FACT ? Area.entity(t.area()) : Area.ledger(t.area());
    }

    private static Subject subject(Target t) {
        return Subject.of(t.subjectKind(), t.id());
    }

    private static Action action(Step step) {
        return switch (step) {
            case SUBMIT -> Action.SUBMIT;
            case APPROVE -> Action.APPROVE;
            case REJECT -> Action.REJECT;
        };
    }
}
