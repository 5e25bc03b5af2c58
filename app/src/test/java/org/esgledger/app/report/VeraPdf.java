package org.esgledger.app.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF (the PDF Association's validator, a test dependency: ADR 0027) checking a PDF against one
 * flavour, PDF/UA-1 or a PDF/A part and level, offline: its profiles are inside its jars.
 */
final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /**
     * Every rule the PDF fails, one line each: the rule (specification, clause and test number), how
     * many times it failed, its description, and where it failed first. Empty when the PDF complies.
     */
    static List<String> failedRules(Path pdf, PDFAFlavour flavour) throws Exception {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
                PDFAParser parser = foundry.createParser(pdf.toFile(), flavour);
                PDFAValidator validator = foundry.createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<RuleId, TestAssertion> first = new LinkedHashMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    first.putIfAbsent(a.getRuleId(), a);
                }
            }
            List<String> failed = new ArrayList<>();
            for (Map.Entry<RuleId, Integer> e : result.getFailedChecks().entrySet()) {
                RuleId id = e.getKey();
                Rule rule = result.getValidationProfile().getRuleByRuleId(id);
                TestAssertion a = first.get(id);
                String context = a == null || a.getLocationContext() == null ? "" : " — first at " + abbreviate(a.getLocationContext());
                failed.add(id.getSpecification().getId() + " " + id.getClause() + "-" + id.getTestNumber() + " (" + e.getValue() + "×): "
                        + (rule == null ? "" : rule.getDescription().replaceAll("\\s+", " ")) + context);
            }
            failed.sort(null);
            if (failed.isEmpty() && !result.isCompliant()) {
                failed.add(flavour + ": not compliant, without a failed rule (" + result.getJobEndStatus() + ")");
            }
            return failed;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
