package org.esgledger.app.demo.internal;

import java.util.Map;
import java.util.TreeMap;

/**
 * The printed employee figures a demo roster must reproduce: year-end structure, R&D staff (this
 * year and last), hires, leavers, maternity leave. Read from the report's facts, never typed here.
 *
 * @param rdFunction    the job family whose members are the R&D staff ({@code technical}: the report's
 *                      1,118 technical staff equal its 1,118 R&D staff)
 * @param rdGenderPrior R&D staff by gender at the end of the previous year (may be empty)
 */
public record RosterTargets(int year, int total, Map<String, Integer> gender, Map<String, Integer> age,
                            Map<String, Integer> education, Map<String, Integer> function, String rdFunction,
                            Map<String, Integer> rdGender, Map<String, Integer> rdGenderPrior, int hires,
                            Map<String, Integer> hireGender, Map<String, Integer> hireAge, Map<String, Integer> hireChannel,
                            int leavers, int maternity) {

    public RosterTargets {
        gender = new TreeMap<>(gender);
        age = new TreeMap<>(age);
        education = new TreeMap<>(education);
        function = new TreeMap<>(function);
        rdGender = new TreeMap<>(rdGender);
        rdGenderPrior = new TreeMap<>(rdGenderPrior);
        hireGender = new TreeMap<>(hireGender);
        hireAge = new TreeMap<>(hireAge);
        hireChannel = new TreeMap<>(hireChannel);
        check("gender", gender, total);
        check("age", age, total);
        check("education", education, total);
        check("function", function, total);
        check("hire gender", hireGender, hires);
        check("hire age", hireAge, hires);
        check("hire channel", hireChannel, hires);
        check("R&D gender", rdGender, function.getOrDefault(rdFunction, 0));
    }

    /** The printed parts must add up; if they do not, no roster can reproduce them and we say so. */
    private static void check(String what, Map<String, Integer> parts, int total) {
        int sum = parts.values().stream().mapToInt(Integer::intValue).sum();
        if (sum != total) {
            throw new IllegalArgumentException("printed " + what + " breakdown sums to " + sum + ", not " + total + ": " + parts);
        }
    }
}
