package de.smartcity.academy.course.boundary;

import de.smartcity.academy.course.control.LocalizedText;
import java.time.Instant;

/** The learner's state in one course, as dashboards and {@code GET /api/me/progress} show it. */
public record ProgressEntry(String courseId, LocalizedText title, int progressPercent, Instant startedAt,
                           Instant lastVisitedAt, String lastLessonId, Instant completedAt,
                           String completedVersion, Integer scorePercent) implements java.io.Serializable {

    public boolean completed() {
        return completedAt != null;
    }
}
