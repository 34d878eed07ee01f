package de.smartcity.academy.training.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * What HR assigns: a course or a program (by id, e.g. {@code informationssicherheit}) to an org
 * unit (with its sub-units) or to one person, due by a date, optionally again every n months.
 * Exactly one of {@code course}/{@code program} and one of {@code organisationId}/{@code personId}.
 */
public record AssignmentForm(
        @Pattern(regexp = "[a-z0-9-]{1,100}", message = "{assignment.slug}") String course,
        @Pattern(regexp = "[a-z0-9-]{1,100}", message = "{assignment.slug}") String program,
        Long organisationId,
        Long personId,
        @NotNull(message = "{assignment.dueOn.required}") LocalDate dueOn,
        @Min(value = 1, message = "{assignment.recurrence}") @Max(value = 60, message = "{assignment.recurrence}")
        Integer recurrenceMonths) {

    public AssignmentForm(String course, String program, Long organisationId, Long personId, LocalDate dueOn,
                          Integer recurrenceMonths) {
        this.course = course;
        this.program = program;
        this.organisationId = organisationId;
        this.personId = personId;
        this.dueOn = dueOn;
        this.recurrenceMonths = recurrenceMonths;
    }
}
