package org.esgledger.app.calculation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.audit.UntilNextChange;
import org.esgledger.app.evidence.Annotations;
import org.esgledger.app.evidence.Evidence;
import org.esgledger.app.evidence.Reference;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.engine.i18n.Message;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.organisation.ReportingEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures a user may read (docs/web.md, "Who reads what"): a value is read with {@link Permission#READ} on its entity
 * <em>and on every entity under it</em>, so that a consolidated figure (the group's) is readable by an admin, a manager or an
 * auditor, and by a contributor or reviewer only when their scope names every entity it rolls up. Inside a readable value's
 * lineage, the inputs, ledger batches, evidence and comments of areas the reader may not read are left out and counted.
 * A value asked for by id and refused is recorded ({@code refused}, attempted {@code read}); a list is filtered silently.
 */
@Service
public class ReadableFigures {


    private final Calculations calculations;
    private final Explanations explanations;
    private final Evidence evidence;
    private final Organisation organisation;
    private final Authorisation authorisation;
    private final UntilNextChange kept;

    ReadableFigures(Calculations calculations, Explanations explanations, Evidence evidence, Organisation organisation,
                    Authorisation authorisation, UntilNextChange kept) {
        this.kept = kept;
        this.calculations = calculations;
        this.explanations = explanations;
        this.evidence = evidence;
        this.organisation = organisation;
        this.authorisation = authorisation;
    }

    /** A value's lineage as the reader may see it, and how many of its inputs, batches and annotations were left out. */
    public record Lineage(ExplainNode node, int outsideScope) {
    }

    /** The values of a snapshot the reader may read. */
    @Transactional(readOnly = true)
    public List<SnapshotValue> values(Actor reader, long snapshot) {
        Predicate<String> readable = readable(reader, organisation.tree());
        return everyValue(snapshot).stream().filter(v -> readable.test(v.entity())).toList();
    }

    /**
     * Every value of a snapshot, for a page that leaves out what the reader may not read itself (the figure explorer's inputs,
     * through {@link #explain}); kept until the next recorded change (a snapshot's values are written once, with a record).
     */
    @Transactional(readOnly = true)
    public List<SnapshotValue> everyValue(long snapshot) {
        return kept.get(new UntilNextChange.Key(ReadableFigures.class, "values " + snapshot), () -> List.copyOf(calculations.values(snapshot)));
    }

    /** Which entities' values the reader may read (an entity and every entity under it in their scope). */
    @Transactional(readOnly = true)
    public Predicate<String> readableEntities(Actor reader) {
        return readable(reader, organisation.tree());
    }

    /** Whether the reader may read every value of every entity (an admin, a manager, an auditor). */
    public static boolean readsEverything(Actor reader) {
        return Authorisation.whyNot(reader, Permission.READ, List.of(Area.WORKSPACE)).isEmpty();
    }

    /** {@code esg explain} one level down for a reader: refused (recorded) outside their scope; inputs outside it left out and counted. */
    @Transactional(readOnly = true)
    public Lineage explain(Actor reader, String factId, int depth) {
        ExplainNode node = explanations.explain(factId, depth);
        OrganisationTree tree = organisation.tree();
        authorisation.require(reader, Permission.READ, Action.READ, areas(tree, entityOf(node.key())));
        Predicate<String> readable = readable(reader, tree);
        int[] hidden = {0};
        ExplainNode shown = shown(reader, node, readable, hidden);
        return new Lineage(shown, hidden[0]);
    }

    private ExplainNode shown(Actor reader, ExplainNode node, Predicate<String> readable, int[] hidden) {
        List<ExplainNode> children = new ArrayList<>();
        for (ExplainNode c : node.children()) {
            if (readable.test(entityOf(c.key()))) {
                children.add(shown(reader, c, readable, hidden));
            } else {
                hidden[0]++;
            }
        }
        List<Message> lines = new ArrayList<>();
        for (Message line : node.lines()) {
            if (ExplainNode.LEDGER_LINE.equals(line.key()) && !reads(reader, Area.ledger(String.valueOf(line.args().get(0))))) {
                hidden[0]++;
            } else {
                lines.add(line);
            }
        }
        Annotations a = node.annotations();
        Map<Reference, Boolean> seen = new HashMap<>();
        Predicate<Reference> may = on -> seen.computeIfAbsent(on, r -> reads(reader, evidence.areaOf(r)));
        Annotations kept = new Annotations(a.evidence().stream().filter(e -> may.test(e.on())).toList(),
                a.comments().stream().filter(e -> may.test(e.on())).toList());
        hidden[0] += a.evidence().size() + a.comments().size() - kept.evidence().size() - kept.comments().size();
        return new ExplainNode(node.key(), node.factId(), node.value(), node.how(), lines, kept, children);
    }

    private static Predicate<String> readable(Actor reader, OrganisationTree tree) {
        if (readsEverything(reader)) {
            return entity -> true;
        }
        Map<String, Boolean> known = new HashMap<>();
        return entity -> known.computeIfAbsent(entity, e -> Authorisation.whyNot(reader, Permission.READ, areas(tree, e)).isEmpty());
    }

    /** Whether the reader may read the rows of a ledger kind (its batches, files, rows). */
    public static boolean readsLedger(Actor reader, String kind) {
        return reads(reader, Area.ledger(kind));
    }

    private static boolean reads(Actor reader, Area area) {
        return Authorisation.whyNot(reader, Permission.READ, List.of(area)).isEmpty();
    }

    /** The entity and every entity under it: what a consolidated value rolls up. */
    static Collection<Area> areas(OrganisationTree tree, String entity) {
        List<Area> areas = new ArrayList<>(List.of(Area.entity(entity)));
        tree.subtree(entity).stream().map(ReportingEntity::code).filter(c -> !c.equals(entity)).map(Area::entity).forEach(areas::add);
        return areas;
    }

    /** The entity of a key as {@code esg explain} writes it, {@code indicator@entity@period[breakdown]}. */
    static String entityOf(String key) {
        String[] parts = key.split("@");
        return parts.length > 1 ? parts[1] : "";
    }
}
