package org.esgledger.engine.ledger.employees;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the employee roster (员工花名册). Pseudonymous: an id chosen by HR, never a name or an
 * identity-card number; age as a birth year, never a birth date.
 *
 * @param id            pseudonymous employee id
 * @param entity        entity code the employee belongs to
 * @param gender        {@code female} or {@code male} (members of dimension {@code gender})
 * @param birthYear     year of birth; the age band at a date is derived from it
 * @param education     {@code doctorate}, {@code master}, {@code bachelor}, {@code college_and_below}
 * @param function      job family: {@code technical}, {@code production}, {@code sales}, {@code administrative}, {@code finance}
 * @param rdStaff       counted as R&D staff
 * @param hired         hire date
 * @param hireChannel   {@code campus}, {@code social} or {@code internal}
 * @param left          last day of employment, if the employee left
 * @param leaveReason   why, if the employee left
 * @param parentalLeave maternity or parental leave taken, with its start and return
 */
public record Employee(String id, String entity, String gender, int birthYear, String education, String function,
                       boolean rdStaff, LocalDate hired, String hireChannel, Optional<LocalDate> left,
                       String leaveReason, Optional<ParentalLeave> parentalLeave) {

    public Employee {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(hired, "hired");
        left = left == null ? Optional.empty() : left;
        leaveReason = leaveReason == null ? "" : leaveReason;
        parentalLeave = parentalLeave == null ? Optional.empty() : parentalLeave;
        if (left.isPresent() && left.get().isBefore(hired)) {
            throw new IllegalArgumentException("employee " + id + " left before being hired");
        }
    }

    /**
     * On the roll at the end of the given day: hired on or before it and not leaving on or before it.
     * Someone whose last day is 31 December counts as a leaver of that year, not in its closing
     * headcount, so that opening + hires − leavers = closing holds for any roster.
     */
    public boolean employedAtEndOf(LocalDate day) {
        return !hired.isAfter(day) && left.map(l -> l.isAfter(day)).orElse(true);
    }

    /** The age band (member of dimension {@code age}) at the end of the year of {@code day}. */
    public String ageBand(LocalDate day) {
        int age = ageAt(day);
        return age <= 30 ? "30_and_below" : age <= 50 ? "31_to_50" : "over_50";
    }

    /** Age in completed years at the end of the year of {@code day}, the convention of annual HR statistics. */
    public int ageAt(LocalDate day) {
        return day.getYear() - birthYear;
    }

    /** Maternity or parental leave: which kind, when it started, when the employee returned (if yet). */
    public record ParentalLeave(String kind, LocalDate start, Optional<LocalDate> returned) {
        public ParentalLeave {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(start, "start");
            returned = returned == null ? Optional.empty() : returned;
        }
    }
}
