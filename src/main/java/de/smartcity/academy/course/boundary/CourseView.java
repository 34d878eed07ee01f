package de.smartcity.academy.course.boundary;

import de.smartcity.academy.course.control.LocalizedText;
import java.time.Instant;
import java.util.List;

/**
 * A course page as the learner sees it: content outline and their own progress in the current round
 * ({@code round} > 1 is a refresher; {@code completedAt} is the last completion and stays meanwhile).
 */
public record CourseView(String id, String iri, LocalizedText title, LocalizedText summary,
                         LocalizedText audience, List<String> objectives, int estimatedHours, int passMark,
                         Integer certificateValidityMonths, String version, List<ModuleItem> modules,
                         int progressPercent, boolean started, Instant completedAt, String completedVersion,
                         String nextLessonId, int round, boolean refresherRunning) implements java.io.Serializable {

    public record ModuleItem(String id, LocalizedText title, LocalizedText summary, List<LessonItem> lessons,
                             QuizItem quiz) implements java.io.Serializable {}

    public record LessonItem(String id, String title, int durationMinutes, boolean done) implements java.io.Serializable {}

    /** @param openAttemptId an attempt started but not submitted, to resume */
    public record QuizItem(String id, LocalizedText title, int questions, int passMark, int attemptsAllowed,
                           int attemptsUsed, boolean passed, Integer bestPercent, Long openAttemptId) implements java.io.Serializable {

        public boolean canStart() {
            return !passed && (openAttemptId != null || attemptsUsed < attemptsAllowed);
        }
    }

    public boolean completed() {
        return completedAt != null;
    }
}
