package org.esgledger.engine.organisation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.esgledger.engine.i18n.Bilingual;

/**
 * A node of the organisation tree: a group, company, branch, subsidiary, site or department.
 *
 * @param parent          code of the parent entity; empty for the root
 * @param country         ISO 3166-1 alpha-2 code (CN)
 * @param province        province code (ISO 3166-2:CN suffix, e.g. GD, FJ) for grid emission factors
 * @param inBoundary      inside the reporting boundary
 * @param ownershipShare  share held by the parent, 0..1 (1 for wholly owned)
 * @param aliases         short names people write for it (东区工厂, 华南子公司)
 */
public record ReportingEntity(
        String code,
        Optional<String> parent,
        EntityKind kind,
        Bilingual name,
        String country,
        String province,
        boolean inBoundary,
        BigDecimal ownershipShare,
        List<String> aliases) {

    public ReportingEntity {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        parent = parent == null ? Optional.empty() : parent;
        country = country == null ? "" : country;
        province = province == null ? "" : province;
        Objects.requireNonNull(ownershipShare, "ownershipShare");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        if (ownershipShare.signum() < 0 || ownershipShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("ownership share of " + code + " must be between 0 and 1: " + ownershipShare);
        }
    }

    /** True if people may write {@code text} for this entity: its code (in any case), zh or en name, or an alias. */
    public boolean answersTo(String text) {
        String t = text == null ? "" : text.strip();
        return code.equalsIgnoreCase(t) || name.zh().equals(t) || name.en().equalsIgnoreCase(t) || aliases.contains(t);
    }
}
