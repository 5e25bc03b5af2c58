package org.esgledger.app.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.esgledger.app.intake.CsvTable;
import org.junit.jupiter.api.Test;

/**
 * Each library indicator carries only the framework references that are about it (issue 15 item 6: new hires
 * were tagged GRI 408-1, child labour, because the section's references were copied onto every indicator).
 * The rules are derived from the reference tables ({@code reference/}), not from a list of expected outputs.
 */
class FrameworkReferencesTest {

    static final Set<String> GENERIC = Set.of("of", "or", "and", "the", "for", "at", "concerning", "impacts", "risk", "significant");

    static List<String> gri(CsvTable.Row indicator) {
        return Arrays.stream(indicator.get("references").split(";")).filter(r -> r.startsWith("GRI:")).map(r -> r.substring(4)).toList();
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^a-z]+")));
        words.removeAll(GENERIC);
        words.remove("");
        return words;
    }

    /** GRI disclosures about incidents of something ("Incidents of discrimination…"), with the words of that something. */
    static Map<String, Set<String>> incidentSubjects() {
        Map<String, Set<String>> subjects = new HashMap<>();
        Pattern p = Pattern.compile("incidents of (.+?)(?: and (?:corrective )?actions taken)?$");
        for (CsvTable.Row r : StandardLibraryTest.rows("reference/gri-2021-disclosures.csv", "code", "disclosure_title_en")) {
            Matcher m = p.matcher(r.get("disclosure_title_en").toLowerCase(Locale.ROOT));
            if (m.find()) {
                subjects.put(r.get("code"), words(m.group(1)));
            }
        }
        return subjects;
    }

    @Test
    void anIndicatorTaggedWithAnIncidentDisclosureNamesWhatThatDisclosureIsAbout() {
        Map<String, Set<String>> subjects = incidentSubjects();
        assertThat(subjects).as("incident disclosures of the GRI table").containsKeys("408-1", "409-1", "406-1", "205-3");
        // a word shared by two subjects (labor: child and forced labour) tells neither apart
        Map<String, Integer> uses = new HashMap<>();
        subjects.values().forEach(ws -> ws.forEach(w -> uses.merge(w, 1, Integer::sum)));
        List<String> wrong = new ArrayList<>();
        StandardLibraryTest.library().forEach((code, r) -> gri(r).stream().filter(subjects::containsKey).forEach(d -> {
            Set<String> distinctive = new HashSet<>(subjects.get(d));
            distinctive.removeIf(w -> uses.get(w) > 1);
            distinctive.retainAll(words(r.get("name_en")));
            if (distinctive.isEmpty()) {
                wrong.add(code + " (" + r.get("name_en") + ") tagged GRI " + d + " about " + subjects.get(d));
            }
        }));
        assertThat(wrong).isEmpty();
    }

    @Test
    void noHeadcountHireOrTurnoverIndicatorIsTaggedChildOrForcedLabour() {
        List<String> wrong = new ArrayList<>();
        StandardLibraryTest.library().forEach((code, r) -> {
            String name = r.get("name_en").toLowerCase(Locale.ROOT);
            boolean people = name.matches(".*\\b(employees?|hires?|turnover|departures?|headcount)\\b.*");
            if (people && (gri(r).contains("408-1") || gri(r).contains("409-1"))) {
                wrong.add(code + " (" + r.get("name_en") + ")");
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(StandardLibraryTest.library().get("child_labor_incidents").get("references")).contains("GRI:408-1");
        assertThat(StandardLibraryTest.library().get("new_hires").get("references")).contains("GRI:401-1").doesNotContain("GRI:408-1");
    }

    @Test
    void everyEmissionsIndicatorIsTaggedWithAGri305Disclosure() {
        List<String> emissions = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        StandardLibraryTest.library().forEach((code, r) -> {
            if (r.get("unit").startsWith("tCO2e") && r.get("name_en").toLowerCase(Locale.ROOT).contains("emission")) {
                emissions.add(code);
                if (gri(r).stream().noneMatch(d -> d.startsWith("305-"))) {
                    wrong.add(code);
                }
            }
        });
        assertThat(emissions).as("emissions indicators of the library").contains("ghg_scope1_emissions", "ghg_total_emissions");
        assertThat(wrong).isEmpty();
    }

    /**
     * The environmental and social topic disclosures (GRI 300 and 400 series) of an indicator with a Guideline No. 17
     * topic belong to a GRI topic standard the crosswalk suggests for its topics (water discharge, 303-4, under
     * water); economic ones (200 series: value distributed as wages, dividends and donations; anti-corruption
     * communicated to suppliers) cut across topics.
     */
    @Test
    void topicDisclosuresFitTheIndicatorsGuidelineTopic() {
        Map<String, Set<String>> suggested = new HashMap<>();
        for (CsvTable.Row r : StandardLibraryTest.rows("reference/szse-topic-crosswalk.csv", "topic_code", "gri_disclosures_suggested")) {
            suggested.put(r.get("topic_code"), expand(r.get("gri_disclosures_suggested")));
        }
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (CsvTable.Row r : StandardLibraryTest.rows(WorkspaceSetup.INDICATORS, "code", "topic", "references")) {
            Set<String> topics = new HashSet<>();
            if (!r.get("topic").isBlank()) {
                topics.add(r.get("topic"));
            }
            Matcher m = Pattern.compile("SZSE:([EGS]\\d{2})(?:-\\d+)?(?:;|$)").matcher(r.get("references"));
            while (m.find()) {
                topics.add(m.group(1));
            }
            Set<String> allowed = new HashSet<>();
            topics.forEach(t -> suggested.getOrDefault(t, Set.of()).forEach(d -> allowed.add(standard(d))));
            for (String d : gri(r)) {
                if (!topics.isEmpty() && d.matches("[34]\\d\\d-\\d+")) {
                    checked++;
                    if (!allowed.contains(standard(d))) {
                        wrong.add(r.get("code") + " " + topics + " GRI " + d);
                    }
                }
            }
        }
        assertThat(checked).as("topic disclosures checked").isGreaterThan(50);
        assertThat(wrong).isEmpty();
    }

    /** The GRI standard of a disclosure: {@code 303} of {@code 303-4}. */
    static String standard(String disclosure) {
        return disclosure.substring(0, disclosure.indexOf('-'));
    }

    /** {@code 2-7;401-1;403-1..403-10} as a set of disclosure codes. */
    static Set<String> expand(String cell) {
        Set<String> codes = new HashSet<>();
        for (String part : cell.split(";")) {
            Matcher range = Pattern.compile("(\\d+)-(\\d+)\\.\\.\\1-(\\d+)").matcher(part.strip());
            if (range.matches()) {
                for (int i = Integer.parseInt(range.group(2)); i <= Integer.parseInt(range.group(3)); i++) {
                    codes.add(range.group(1) + "-" + i);
                }
            } else if (part.strip().matches("\\d+-\\d+")) {
                codes.add(part.strip());
            }
        }
        return codes;
    }
}
