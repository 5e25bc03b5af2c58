package org.esgledger.engine.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;

/** The reporting entities as a tree: exactly one root, every parent known, no cycles. */
public final class OrganisationTree {

    private final Map<String, ReportingEntity> entities = new LinkedHashMap<>();
    private final Map<String, List<ReportingEntity>> children = new LinkedHashMap<>();
    private final ReportingEntity root;

    public OrganisationTree(Collection<ReportingEntity> all) {
        ReportingEntity foundRoot = null;
        for (ReportingEntity e : all) {
            if (entities.put(e.code(), e) != null) {
                throw new EsgException(Message.of("organisation.duplicate", e.code()));
            }
        }
        for (ReportingEntity e : all) {
            if (e.parent().isEmpty()) {
                if (foundRoot != null) {
                    throw new EsgException(Message.of("organisation.twoRoots", foundRoot.code(), e.code()));
                }
                foundRoot = e;
            } else {
                String p = e.parent().get();
                if (!entities.containsKey(p)) {
                    throw new EsgException(Message.of("organisation.unknownParent", e.code(), p));
                }
                children.computeIfAbsent(p, k -> new ArrayList<>()).add(e);
            }
        }
        if (foundRoot == null && !entities.isEmpty()) {
            throw new EsgException(Message.of("organisation.noRoot"));
        }
        root = foundRoot;
        for (ReportingEntity e : all) {
            Set<String> seen = new HashSet<>();
            Optional<String> up = Optional.of(e.code());
            while (up.isPresent()) {
                if (!seen.add(up.get())) {
                    throw new EsgException(Message.of("organisation.cycle", e.code()));
                }
                up = entities.get(up.get()).parent();
            }
        }
    }

    public Optional<ReportingEntity> root() {
        return Optional.ofNullable(root);
    }

    public Optional<ReportingEntity> entity(String code) {
        return Optional.ofNullable(entities.get(code));
    }

    public Collection<ReportingEntity> entities() {
        return entities.values();
    }

    public List<ReportingEntity> children(String code) {
        return List.copyOf(children.getOrDefault(code, List.of()));
    }

    /** The entity and everything below it, depth first. */
    public List<ReportingEntity> subtree(String code) {
        List<ReportingEntity> out = new ArrayList<>();
        ReportingEntity start = entities.get(code);
        if (start != null) {
            collect(start, out);
        }
        return out;
    }

    private void collect(ReportingEntity e, List<ReportingEntity> out) {
        out.add(e);
        for (ReportingEntity c : children.getOrDefault(e.code(), List.of())) {
            collect(c, out);
        }
    }

    /** Depth of an entity below the root (root = 0). */
    public int depth(String code) {
        int depth = 0;
        Optional<String> up = entities.get(code).parent();
        while (up.isPresent()) {
            depth++;
            up = entities.get(up.get()).parent();
        }
        return depth;
    }
}
