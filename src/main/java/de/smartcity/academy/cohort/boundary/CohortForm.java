package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.entity.Approval;
import de.smartcity.academy.cohort.entity.CohortPlan;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** A cohort as planned by a trainer or admin (form, REST and copies). */
public record CohortForm(
        @NotBlank(message = "{cohort.title.required}") @Size(max = 200, message = "{field.tooLong}") String title,
        @Size(max = 300, message = "{field.tooLong}") String programIri,
        @Size(max = 300, message = "{field.tooLong}") String courseIri,
        @NotNull(message = "{cohort.date.required}") LocalDate startsOn,
        @NotNull(message = "{cohort.date.required}") LocalDate endsOn,
        @NotNull(message = "{cohort.date.required}") LocalDate registrationOpens,
        @NotNull(message = "{cohort.date.required}") LocalDate registrationCloses,
        @Min(value = 1, message = "{cohort.seats.range}") @Max(value = 1000, message = "{cohort.seats.range}") int seats,
        @NotNull(message = "{cohort.approval.required}") Approval approval,
        @Min(value = 0, message = "{cohort.attendance.range}") @Max(value = 100, message = "{cohort.attendance.range}")
        int attendanceMinPercent,
        Set<Long> trainerIds) implements java.io.Serializable {

    /** Declared explicitly so constraints stay on the fields (Payara's OpenAPI scanner fails on parameter ones). */
    public CohortForm(String title, String programIri, String courseIri, LocalDate startsOn, LocalDate endsOn,
                      LocalDate registrationOpens, LocalDate registrationCloses, int seats, Approval approval,
                      int attendanceMinPercent, Set<Long> trainerIds) {
        this.title = title;
        this.programIri = programIri;
        this.courseIri = courseIri;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.registrationOpens = registrationOpens;
        this.registrationCloses = registrationCloses;
        this.seats = seats;
        this.approval = approval;
        this.attendanceMinPercent = attendanceMinPercent;
        this.trainerIds = trainerIds;
    }

    @AssertTrue(message = "{cohort.dates.order}")
    public boolean isPeriodValid() {
        return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
    }

    @AssertTrue(message = "{cohort.registration.order}")
    public boolean isRegistrationWindowValid() {
        return registrationOpens == null || registrationCloses == null || startsOn == null
                || (!registrationCloses.isBefore(registrationOpens) && !registrationCloses.isAfter(startsOn));
    }

    @AssertTrue(message = "{cohort.subject.required}")
    public boolean isSubjectChosen() {
        return (programIri == null || programIri.isBlank()) != (courseIri == null || courseIri.isBlank());
    }

    CohortPlan plan(Set<Long> trainers) {
        return new CohortPlan(title.strip(), blankToNull(programIri), blankToNull(courseIri), startsOn, endsOn,
                registrationOpens, registrationCloses, seats, approval, attendanceMinPercent, trainers);
    }

    static CohortForm of(CohortPlan plan) {
        return new CohortForm(plan.title(), plan.programIri(), plan.courseIri(), plan.startsOn(), plan.endsOn(),
                plan.registrationOpens(), plan.registrationCloses(), plan.seats(), plan.approval(),
                plan.attendanceMinPercent(), plan.trainerIds());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
