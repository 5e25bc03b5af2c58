package org.esgledger.app.demo.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.esgledger.engine.ledger.surveys.SurveyResponse;

/**
 * Generates the demo's customer-survey ledger for one year from the printed figures: as many valid
 * questionnaires as printed, returned by as many distinct customers as printed (some customers
 * answered twice), with whole-number scores whose average is the printed score exactly; plus a few
 * invalid questionnaires, which count for nothing. Seeded. Customer codes are illustrative.
 */
public final class DemoSurveys {

    public static final String VERSION = "demo-surveys/1";

    private DemoSurveys() {
    }

    public static List<SurveyResponse> generate(int year, int valid, int customers, BigDecimal averageScore, long seed) {
        if (customers > valid) {
            throw new IllegalArgumentException("more customers (" + customers + ") than valid questionnaires (" + valid + ")");
        }
        Random random = new Random(seed + year);
        long total = averageScore.multiply(BigDecimal.valueOf(valid)).longValueExact();
        // scores between 60 and 100 adding up to the printed average times the count
        List<Long> bonus = Splits.split(total - 60L * valid, valid, 0, random);
        List<Long> scores = new ArrayList<>();
        long carry = 0;
        for (long b : bonus) {
            long s = Math.min(100, 60 + b + carry);
            carry = 60 + b + carry - s;
            scores.add(s);
        }
        for (int i = 0; carry > 0; i = (i + 1) % valid) {
            long room = Math.min(100 - scores.get(i), carry);
            scores.set(i, scores.get(i) + room);
            carry -= room;
        }
        List<String> who = new ArrayList<>();
        for (int c = 1; c <= customers; c++) {
            who.add(String.format("C%d%05d", year % 100, c));
        }
        for (int extra = 0; extra < valid - customers; extra++) {
            who.add(String.format("C%d%05d", year % 100, 1 + random.nextInt(customers)));
        }
        Collections.shuffle(who, random);
        List<SurveyResponse> out = new ArrayList<>();
        for (int i = 0; i < valid; i++) {
            out.add(new SurveyResponse(year, String.format("Q%d-%05d", year, i + 1), who.get(i), true, BigDecimal.valueOf(scores.get(i))));
        }
        for (int i = 0; i < Math.max(1, valid / 100); i++) {
            out.add(new SurveyResponse(year, String.format("Q%d-X%04d", year, i + 1), who.get(random.nextInt(valid)), false,
                    BigDecimal.valueOf(random.nextInt(101))));
        }
        return out;
    }
}
