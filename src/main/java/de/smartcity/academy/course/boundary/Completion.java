package de.smartcity.academy.course.boundary;

import de.smartcity.academy.course.control.CompletionRule;
import de.smartcity.academy.course.control.CourseDefinition;
import de.smartcity.academy.course.entity.Course;
import de.smartcity.academy.course.entity.CourseEnrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Decides completion of the current round (the first one or a refresher) the moment the last
 * required item is done — never in a nightly job — and announces it, every round alike. Observers that must only see committed completions use
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 */
@ApplicationScoped
class Completion {

    private static final Logger LOG = Logger.getLogger(Completion.class.getName());

    @Inject Learning learning;
    @Inject QuizProgress quizProgress;
    @Inject Event<CourseCompleted> completed;
    @Inject Clock clock;

    void check(long personId, Course course, CourseDefinition definition) {
        CourseEnrolment enrolment = learning.enrolment(personId, course).orElse(null);
        if (enrolment == null || enrolment.isRoundCompleted()) {
            return;
        }
        Instant since = enrolment.countsSince();
        CompletionRule.completion(definition, learning.doneLessons(personId, course),
                        quizProgress.bestScores(personId, course, since), quizProgress.passedQuizzes(personId, course, since))
                .filter(percent -> enrolment.complete(course.currentVersion(), percent, clock.instant()))
                .ifPresent(percent -> {
                    LOG.info(() -> "event=course.completed person=" + personId + " course=" + course.slug()
                            + " version=" + course.currentVersion() + " score=" + percent);
                    completed.fire(new CourseCompleted(personId, course.iri(), course.currentVersion(), percent,
                            enrolment.completedAt()));
                });
    }
}
