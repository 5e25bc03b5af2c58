package org.esgledger.engine.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.engine.catalogue.FrameworkRef;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.report.template.FigureRef;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.Unit;
import org.esgledger.engine.unit.UnitCatalogue;

/**
 * What a report is composed from, supplied by the application: the figures of the computed
 * snapshots, the catalogue's names, the registers and the evaluated targets.
 */
public interface ReportData {

    /** A figure's exact value, its unit and decimals, and the fact it is. */
    record Figure(BigDecimal value, String unit, int decimals, String factId) {
    }

    /**
     * A target as a report prints it: its department (empty when it has none), metric, target, the result
     * of its evaluation (the actual, or why it is not judged yet; empty when the data cannot evaluate it),
     * and its status; {@code declaredOnly} when the status is only the one the company declares.
     */
    record TargetLine(String id, Bilingual department, Bilingual subject, Bilingual target, Bilingual result, Bilingual status,
                      boolean declaredOnly) {
    }

    /**
     * What a report the company published before printed for a figure: the value as printed (its
     * decimals those it was printed with) and unit, the report (as a sentence names it), and why the
     * value printed now differs or cannot be computed (empty when no reason is recorded).
     */
    record Published(BigDecimal value, String unit, int decimals, Bilingual report, Bilingual reason) {

        /**
         * Whether a value (in its unit), rounded to the decimals this one was printed with, is another number: the
         * comparison behind the report's notes and the lineage's and data pack's "differs from published".
         * A value in a unit that cannot be converted to this one's is not compared.
         */
        public boolean differs(BigDecimal other, String otherUnit, UnitCatalogue units) {
            BigDecimal compared = other;
            Optional<Unit> from = units.unit(otherUnit);
            Optional<Unit> to = units.unit(unit);
            if (from.isPresent() && to.isPresent() && !from.get().code().equals(to.get().code())) {
                if (!units.convertible(from.get(), to.get())) {
                    return false;
                }
                compared = units.convert(new Quantity(compared, from.get()), to.get()).value();
            }
            return compared.setScale(decimals, RoundingMode.HALF_UP).compareTo(value.setScale(decimals, RoundingMode.HALF_UP)) != 0;
        }
    }

    /** What was published before for a reference (entity and period filled in); none by default. */
    default Optional<Published> published(FigureRef ref) {
        return Optional.empty();
    }

    /**
     * A figure of an earlier, locked year changed after publication (GRI 2-4): its name, entity and
     * year, the published and the new value (empty when it had none) with their units, and why.
     */
    record Restated(String factId, Bilingual figure, Bilingual entity, int year, Optional<BigDecimal> before, String beforeUnit,
                    Optional<BigDecimal> after, String afterUnit, int decimals, String reason) {
    }

    /** The restated figures of the years the report shows, in the order they were restated; none by default. */
    default List<Restated> restatements() {
        return List.of();
    }

    /** The value of a reference (entity and period filled in); empty when there is none. */
    Optional<Figure> figure(FigureRef ref);

    /** The fact id a reference would have, also when it has no value (for the render report). */
    String factId(FigureRef ref);

    /** The row label of a reference: indicator name and breakdown members; empty when the indicator is unknown. */
    Optional<Bilingual> label(FigureRef ref);

    /** An entity's name (labels of figures of another entity than the report's). */
    Bilingual entityName(String entity);

    /** The indicator's unit code. */
    Optional<String> unit(String indicator);

    UnitCatalogue units();

    /** The rows of a register, field by field. */
    List<Map<String, String>> register(String source);

    Optional<TargetLine> target(String id);

    /** How a Guideline No. 17 article is cited: 第五十一条 / Article 51. */
    Bilingual article(int number);

    /** The indicator's own framework references (its catalogue entry's), never its section's. */
    default List<FrameworkRef> references(String indicator) {
        return List.of();
    }

    /** Where the value a figure prints stands in review: every stored value under it approved (or locked), or not. */
    enum Review {
        APPROVED,
        DRAFT
    }

    /** The review standing of the value a fact id names; empty when the data knows no such value (or no review of it). */
    default Optional<Review> review(String factId) {
        return Optional.empty();
    }
}
