package de.smartcity.academy.course.ui;

import de.smartcity.academy.course.boundary.CourseView;
import de.smartcity.academy.course.boundary.ProgressEntry;
import de.smartcity.academy.course.control.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * What the learner should do next in a course: read the lesson to resume or, once every lesson
 * is done, take the first quiz not yet passed.
 *
 * @param lessonId null when the next step is a quiz
 */
public record NextStep(String courseId, LocalizedText courseTitle, String lessonId, String lessonTitle,
                       String quizId, LocalizedText quizTitle) {

    /** The lesson to resume, known from the progress entry alone; empty once only quizzes are left. */
    static Optional<NextStep> lessonOf(ProgressEntry entry) {
        return Optional.ofNullable(entry.nextLessonId()).map(lesson ->
                new NextStep(entry.courseId(), entry.title(), lesson, entry.nextLessonTitle(), null, null));
    }

    static Optional<NextStep> of(CourseView course) {
        if (course.nextLessonId() != null) {
            String title = course.modules().stream().flatMap(m -> m.lessons().stream())
                    .filter(l -> l.id().equals(course.nextLessonId())).map(CourseView.LessonItem::title)
                    .findFirst().orElse(course.nextLessonId());
            return Optional.of(new NextStep(course.id(), course.title(), course.nextLessonId(), title, null, null));
        }
        return course.modules().stream().map(CourseView.ModuleItem::quiz).filter(Objects::nonNull)
                .filter(CourseView.QuizItem::canStart).findFirst()
                .map(q -> new NextStep(course.id(), course.title(), null, null, q.id(), q.title()));
    }

    public boolean lesson() {
        return lessonId != null;
    }
}
