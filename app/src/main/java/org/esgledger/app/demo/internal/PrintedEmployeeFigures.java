package org.esgledger.app.demo.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.esgledger.app.fact.PublishedFigure;
import org.esgledger.engine.fact.Nature;

/** Reads the roster targets from the printed figures of the root entity (the report's own numbers). */
public final class PrintedEmployeeFigures {

    private PrintedEmployeeFigures() {
    }

    public static RosterTargets targets(List<PublishedFigure> printed, String root, int year) {
        return new RosterTargets(year, get(printed, root, "employees_total", year), members(printed, root, "employees_total", year, "gender"),
                members(printed, root, "employees_total", year, "age"), members(printed, root, "employees_total", year, "education"),
                members(printed, root, "employees_total", year, "function"), "technical",
                members(printed, root, "rd_staff", year, "gender"), members(printed, root, "rd_staff", year - 1, "gender"),
                get(printed, root, "new_hires", year), members(printed, root, "new_hires", year, "gender"),
                members(printed, root, "new_hires", year, "age"), members(printed, root, "new_hires", year, "hire_channel"),
                get(printed, root, "employee_departures", year), get(printed, root, "maternity_leave_employees", year));
    }

    private static int get(List<PublishedFigure> printed, String root, String indicator, int year) {
        return printed.stream().filter(f -> matches(f, root, indicator, year) && f.key().breakdown().isTotal())
                .map(f -> f.amount().orElseThrow().intValueExact()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the report prints no " + indicator + " for " + year));
    }

    private static Map<String, Integer> members(List<PublishedFigure> printed, String root, String indicator, int year, String dimension) {
        Map<String, Integer> out = new TreeMap<>();
        printed.stream().filter(f -> matches(f, root, indicator, year) && f.key().breakdown().code().startsWith(dimension + "=")
                        && !f.key().breakdown().code().contains(";"))
                .forEach(f -> out.put(f.key().breakdown().code().substring(dimension.length() + 1), f.amount().orElseThrow().intValueExact()));
        return out;
    }

    private static boolean matches(PublishedFigure f, String root, String indicator, int year) {
        return f.indicator().equals(indicator) && f.entity().equals(root) && f.key().period().code().equals(String.valueOf(year))
                && f.key().nature() == Nature.ACTUAL;
    }
}
