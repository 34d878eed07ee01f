package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.entity.Cohort;
import java.time.LocalDate;
import java.util.Set;

/** A cohort with its seat situation. */
public record CohortView(long id, String title, String programIri, String courseIri, LocalDate startsOn,
                         LocalDate endsOn, LocalDate registrationOpens, LocalDate registrationCloses, int seats,
                         long enrolled, long waitlisted, long pending, String approval, int attendanceMinPercent,
                         String status, Set<Long> trainerIds) implements java.io.Serializable {

    static CohortView of(Cohort cohort, SeatCount count) {
        return new CohortView(cohort.id(), cohort.title(), cohort.programIri(), cohort.courseIri(),
                cohort.startsOn(), cohort.endsOn(), cohort.registrationOpens(), cohort.registrationCloses(),
                cohort.seats(), count.enrolled(), count.waitlisted(), count.pending(), cohort.approval().name(),
                cohort.attendanceMinPercent(), cohort.status().name(), cohort.trainerIds());
    }

    public long freeSeats() {
        return Math.max(0, seats - enrolled);
    }
}
