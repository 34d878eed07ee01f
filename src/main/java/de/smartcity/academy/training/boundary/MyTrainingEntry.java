package de.smartcity.academy.training.boundary;

import de.smartcity.academy.course.control.LocalizedText;
import de.smartcity.academy.training.entity.TrainingStatus;
import java.time.LocalDate;

/**
 * A mandatory training on the learner's dashboard.
 *
 * @param courseId the course's id (slug) for links; @param validUntil last day the completion counts (or null)
 */
public record MyTrainingEntry(String courseId, LocalizedText title, LocalDate dueOn, Integer recurrenceMonths,
                              TrainingStatus status, LocalDate validUntil) implements java.io.Serializable {

    public boolean overdue() {
        return status == TrainingStatus.OVERDUE;
    }
}
