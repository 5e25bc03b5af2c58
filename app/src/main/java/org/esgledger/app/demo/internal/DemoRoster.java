package org.esgledger.app.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.esgledger.engine.ledger.employees.Employee;

/**
 * Generates the demo's employee roster: a realistic, pseudonymous roster whose year-end structure,
 * hires, leavers, R&D staff and maternity leave add up exactly to the printed figures it is given.
 * Deterministic: the same targets and seed give the same roster, row for row ({@link Random}'s
 * algorithm is fixed by its specification).
 *
 * <p>What the printed figures leave open is chosen here, and stays visible in the roster: how the
 * marginals combine (gender × age, education by job family, leaning technical staff towards higher
 * degrees), hire and leave dates, entities, leave reasons. R&D staff are the technical job family;
 * last year's R&D count is reproduced through the technical hires and leavers, so last year's
 * headcount follows from the roster (opening = closing − hires + leavers) and is not bent to match
 * any other printed figure.
 */
public final class DemoRoster {

    /** Changes whenever the generator would produce a different roster from the same targets and seed. */
    public static final String VERSION = "demo-roster/1";

    private final RosterTargets t;
    private final Random random;
    private final LocalDate start;
    private final LocalDate end;
    private final DemoEmployee employees;

    private DemoRoster(RosterTargets targets, long seed) {
        this.t = targets;
        this.random = new Random(seed);
        this.start = LocalDate.of(targets.year(), 1, 1);
        this.end = LocalDate.of(targets.year(), 12, 31);
        this.employees = new DemoEmployee(targets, random, start, end);
    }

    public static List<Employee> generate(RosterTargets targets, long seed) {
        return new DemoRoster(targets, seed).roster();
    }

    /** A person before dates and ids are drawn. */
    static final class Slot {
        String gender;
        String age;
        String education;
        String function;
        boolean hiredThisYear;
        String channel = "social";
        boolean maternity;
    }

    private List<Employee> roster() {
        List<Slot> staff = yearEndStaff();
        chooseHires(staff);
        chooseMaternity(staff);
        List<Slot> leavers = leavers(staff);
        List<Slot> all = new ArrayList<>(staff);
        all.addAll(leavers);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= all.size(); i++) {
            numbers.add(i);
        }
        Collections.shuffle(numbers, random);
        List<Employee> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            out.add(employees.of(String.format("E%05d", numbers.get(i)), all.get(i), i >= staff.size()));
        }
        out.sort(Comparator.comparing(Employee::id));
        return out;
    }

    private List<Slot> yearEndStaff() {
        List<Slot> staff = new ArrayList<>();
        for (String f : expand(t.function())) {
            Slot s = new Slot();
            s.function = f;
            staff.add(s);
        }
        Collections.shuffle(staff, random);
        List<String> rdGenders = expand(t.rdGender());
        Map<String, Integer> otherGender = new LinkedHashMap<>(t.gender());
        t.rdGender().forEach((g, n) -> otherGender.merge(g, -n, Integer::sum));
        List<String> otherGenders = expand(otherGender);
        Collections.shuffle(rdGenders, random);
        Collections.shuffle(otherGenders, random);
        int r = 0;
        int o = 0;
        for (Slot s : staff) {
            s.gender = s.function.equals(t.rdFunction()) ? rdGenders.get(r++) : otherGenders.get(o++);
        }
        List<String> ages = expand(t.age());
        Collections.shuffle(ages, random);
        for (int i = 0; i < staff.size(); i++) {
            staff.get(i).age = ages.get(i);
        }
        // education: rank people by a noisy key that favours technical staff, then hand out degrees in order
        Map<String, Integer> lean = Map.of("technical", -400, "finance", -200, "administrative", -100, "sales", 0, "production", 450);
        List<Slot> ranked = new ArrayList<>(staff);
        Map<Slot, Integer> key = new IdentityHashMap<>();
        for (Slot s : ranked) {
            key.put(s, random.nextInt(1000) + lean.getOrDefault(s.function, 0));
        }
        ranked.sort(Comparator.comparing(key::get));
        List<String> degrees = new ArrayList<>();
        for (String level : List.of("doctorate", "master", "bachelor", "college_and_below")) {
            degrees.addAll(Collections.nCopies(t.education().getOrDefault(level, 0), level));
        }
        t.education().keySet().stream().filter(k -> !List.of("doctorate", "master", "bachelor", "college_and_below").contains(k))
                .forEach(k -> degrees.addAll(Collections.nCopies(t.education().get(k), k)));
        for (int i = 0; i < ranked.size(); i++) {
            ranked.get(i).education = degrees.get(i);
        }
        return staff;
    }

    /**
     * Picks this year's hires among the year-end staff so that their gender, age and channel counts
     * are the printed ones, and so that last year's R&D count comes out as printed.
     */
    private void chooseHires(List<Slot> staff) {
        List<String> genders = expand(t.hireGender());
        List<String> ages = expand(t.hireAge());
        Collections.shuffle(genders, random);
        Collections.shuffle(ages, random);
        // technical hires per gender: about a quarter of the hires, enough that last year's R&D count is reachable
        Map<String, Integer> technicalHires = new LinkedHashMap<>();
        t.hireGender().forEach((g, n) -> technicalHires.put(g, Math.min(n / 4, t.rdGender().getOrDefault(g, 0))));
        List<Slot> pool = new ArrayList<>(staff);
        List<Slot> hires = new ArrayList<>();
        for (int i = 0; i < genders.size(); i++) {
            String g = genders.get(i);
            String a = ages.get(i);
            boolean technical = technicalHires.getOrDefault(g, 0) > 0;
            Slot pick = pool.stream().filter(s -> s.gender.equals(g) && s.age.equals(a)
                            && s.function.equals(t.rdFunction()) == technical)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no year-end employee left for a hire (" + g + ", " + a + ")"));
            if (technical) {
                technicalHires.merge(g, -1, Integer::sum);
            }
            pool.remove(pick);
            pick.hiredThisYear = true;
            hires.add(pick);
        }
        List<Slot> young = new ArrayList<>(hires.stream().filter(s -> s.age.equals("30_and_below")).toList());
        Collections.shuffle(young, random);
        int campus = t.hireChannel().getOrDefault("campus", 0);
        if (campus > young.size()) {
            throw new IllegalArgumentException("more campus hires (" + campus + ") than hires aged 30 and below (" + young.size() + ")");
        }
        young.stream().limit(campus).forEach(s -> s.channel = "campus");
        List<String> others = new ArrayList<>();
        t.hireChannel().forEach((c, n) -> {
            if (!c.equals("campus")) {
                others.addAll(Collections.nCopies(n, c));
            }
        });
        int k = 0;
        for (Slot s : hires) {
            if (!s.channel.equals("campus")) {
                s.channel = others.get(k++);
            }
        }
    }

    private void chooseMaternity(List<Slot> staff) {
        List<Slot> candidates = new ArrayList<>(staff.stream()
                .filter(s -> s.gender.equals("female") && !s.age.equals("over_50") && !s.hiredThisYear).toList());
        Collections.shuffle(candidates, random);
        if (candidates.size() < t.maternity()) {
            throw new IllegalArgumentException("not enough female employees for " + t.maternity() + " maternity leaves");
        }
        candidates.stream().limit(t.maternity()).forEach(s -> s.maternity = true);
    }

    /**
     * People who left during the year: hired in earlier years; technical leavers by gender are
     * whatever makes last year's R&D staff come out as printed.
     */
    private List<Slot> leavers(List<Slot> staff) {
        Map<String, Integer> technical = new LinkedHashMap<>();
        for (String g : t.rdGender().keySet()) {
            long hiredTech = staff.stream().filter(s -> s.hiredThisYear && s.gender.equals(g) && s.function.equals(t.rdFunction())).count();
            int prior = t.rdGenderPrior().getOrDefault(g, (int) (t.rdGender().get(g) - hiredTech));
            technical.put(g, (int) (prior - t.rdGender().get(g) + hiredTech));
        }
        int technicalTotal = technical.values().stream().mapToInt(Integer::intValue).sum();
        if (technical.values().stream().anyMatch(n -> n < 0) || technicalTotal > t.leavers()) {
            throw new IllegalArgumentException("last year's R&D staff cannot be reached with " + t.leavers() + " leavers: " + technical);
        }
        List<Slot> out = new ArrayList<>();
        technical.forEach((g, n) -> {
            for (int i = 0; i < n; i++) {
                out.add(leaver(g, t.rdFunction()));
            }
        });
        List<String> otherFunctions = new ArrayList<>(t.function().keySet());
        otherFunctions.remove(t.rdFunction());
        while (out.size() < t.leavers()) {
            String function = weighted(otherFunctions.stream().collect(Collectors.toMap(f -> f, f -> t.function().get(f),
                    (a, b) -> a, TreeMap::new)));
            out.add(leaver(weighted(t.gender()), function));
        }
        return out;
    }

    private Slot leaver(String gender, String function) {
        Slot s = new Slot();
        s.gender = gender;
        s.function = function;
        s.age = weighted(t.age());
        s.education = weighted(t.education());
        return s;
    }

    private String weighted(Map<String, Integer> weights) {
        return DemoEmployee.weighted(random, weights);
    }

    private static List<String> expand(Map<String, Integer> counts) {
        List<String> out = new ArrayList<>();
        counts.forEach((k, n) -> out.addAll(Collections.nCopies(n, k)));
        return out;
    }
}
