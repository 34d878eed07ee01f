package de.smartcity.academy.course.boundary;

import de.smartcity.academy.course.control.LocalizedText;
import java.time.Instant;

/**
 * The learner's state in one course, as dashboards and {@code GET /api/me/progress} show it.
 *
 * @param progressPercent progress in the current round (a refresher starts again from 0)
 * @param completedAt the last completion; it stays while a refresher runs
 * @param refresherRunning a new round (recertification) was started and is not completed yet
 * @param nextLessonId the lesson to resume the current round with; null once every lesson of it is done
 */
public record ProgressEntry(String courseId, String courseIri, LocalizedText title, int progressPercent,
                           Instant startedAt, Instant lastVisitedAt, String lastLessonId, Instant completedAt,
                           String completedVersion, Integer scorePercent, int round, boolean refresherRunning,
                           String nextLessonId, String nextLessonTitle)
        implements java.io.Serializable {

    public boolean completed() {
        return completedAt != null;
    }
}
