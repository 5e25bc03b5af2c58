package org.esgledger.engine.ledger.suppliers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.esgledger.engine.unit.Quantity;

/**
 * A supplier in a fiscal year (a row of the supplier ledger): what was bought, how risky the
 * supply is, how it was audited and performed, and which agreements it signed.
 *
 * @param risk          {@code high}, {@code medium} or {@code low} supply risk
 * @param auditScore    on-site audit score out of 100, if audited
 * @param monthlyScores performance score per month (index 0 = January), empty where not scored
 * @param agreements    signed agreements: {@code integrity}, {@code csr}, {@code conflict_minerals},
 *                      {@code hazardous_substances}, {@code ip}
 */
public record Supplier(String id, String name, int year, String category, Quantity spend, String risk,
                       Optional<BigDecimal> auditScore, List<Optional<BigDecimal>> monthlyScores, Set<String> agreements) {

    public static final List<String> AGREEMENTS = List.of("integrity", "csr", "conflict_minerals", "hazardous_substances", "ip");

    public Supplier {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(spend, "spend");
        auditScore = auditScore == null ? Optional.empty() : auditScore;
        monthlyScores = List.copyOf(monthlyScores);
        if (monthlyScores.size() != 12) {
            throw new IllegalArgumentException("twelve monthly scores expected");
        }
        agreements = Set.copyOf(agreements);
    }

    public boolean signed(String agreement) {
        return agreements.contains(agreement);
    }
}
