package org.esgledger.app.report.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.TargetView;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.report.FigureFormat;
import org.esgledger.engine.report.Language;
import org.esgledger.engine.report.ReportData.TargetLine;
import org.esgledger.engine.target.Target;
import org.esgledger.engine.target.TargetStatus;

/**
 * The targets as a report prints them, from the year's snapshot: department, metric and target as
 * declared; the result of the evaluation (the actual in the target's unit, or why it is not due yet);
 * the status evaluated from the data, or the one the company declares where the data cannot tell,
 * flagged so that the table can say so once.
 */
final class TargetLines {

    private TargetLines() {
    }

    static Map<String, TargetLine> of(int year, Calculations calculations, Catalogue catalogue) {
        Map<String, Target> declared = new HashMap<>();
        catalogue.targets().forEach(t -> declared.put(t.id(), t));
        FigureFormat format = new FigureFormat(catalogue.units());
        Map<String, TargetLine> lines = new HashMap<>();
        calculations.current(year).ifPresent(s -> {
            for (TargetView t : calculations.targets(s.id())) {
                Optional<Target> d = Optional.ofNullable(declared.get(t.id()));
                String evaluated = Codes.code(t.status());
                boolean declaredOnly = evaluated.equals("not_evaluable") && known(t.declared());
                lines.put(t.id(), new TargetLine(t.id(), d.map(Target::department).orElse(Bilingual.of("", "")), t.subject(),
                        d.map(Target::text).orElse(Bilingual.of("", "")), result(t, format), status(evaluated, t.declared()), declaredOnly));
            }
        });
        return lines;
    }

    /** What the evaluation found: the actual of a judged target, why one in progress is not judged yet, or a dash. */
    static Bilingual result(TargetView t, FigureFormat format) {
        if (t.status().judged() && t.actual().isPresent()) {
            BigDecimal a = t.actual().get();
            int decimals = Math.max(0, Math.min(2, a.stripTrailingZeros().scale()));
            return Bilingual.of(format.format(a, t.unit(), decimals, Language.ZH), format.format(a, t.unit(), decimals, Language.EN));
        }
        if (t.status() == TargetStatus.State.IN_PROGRESS) {
            return t.explanation();
        }
        return AppMessages.of("report.target.noResult").text();
    }

    /**
     * The status as the report prints it, in the seed's words (达成 / Achieved, 正在推进 / In progress):
     * the status evaluated from the data; where the data cannot evaluate the target, the status the
     * company declares (the table marks it and says once that it is declared only); where the two
     * disagree, the evaluated one with the declared one beside it.
     */
    static Bilingual status(String evaluated, String declared) {
        if (evaluated.equals("not_evaluable")) {
            return known(declared) ? label(declared) : label(evaluated);
        }
        if (known(declared) && !declared.equals(evaluated)) {
            return AppMessages.of("report.target.differs", label(evaluated).zh(), label(evaluated).en(), label(declared).zh(),
                    label(declared).en()).text();
        }
        return label(evaluated);
    }

    private static boolean known(String declared) {
        return declared.equals("achieved") || declared.equals("in_progress") || declared.equals("planned") || declared.equals("not_achieved");
    }

    static Bilingual label(String code) {
        return AppMessages.of("report.target." + code).text();
    }
}
