package de.smartcity.academy.report.control;

import de.smartcity.academy.training.entity.TrainingStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * A report's filters, resolved and scope-checked: everything here may be shown to the caller.
 *
 * @param organisationPath the org unit (with its sub-units) to report on
 * @param courseIds only these courses; {@code null} for all
 * @param cohortId only people enrolled in this cohort, or null
 * @param personId only this person, or null
 * @param status only rows with this status, or null
 * @param from rows due or completed on or after this day, or null
 * @param to rows due or completed on or before this day, or null
 * @param today the day that decides "overdue" and "expired"
 */
public record Criteria(String organisationPath, List<Long> courseIds, Long cohortId, Long personId,
                       TrainingStatus status, LocalDate from, LocalDate to, LocalDate today) {

    public Criteria {
        courseIds = courseIds == null ? null : List.copyOf(courseIds);
    }
}
