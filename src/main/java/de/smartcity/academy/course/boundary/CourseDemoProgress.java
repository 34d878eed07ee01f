package de.smartcity.academy.course.boundary;

import de.smartcity.academy.course.control.CourseDefinition;
import de.smartcity.academy.course.control.DefinitionJson;
import de.smartcity.academy.course.control.LessonDefinition;
import de.smartcity.academy.course.control.ModuleDefinition;
import de.smartcity.academy.course.control.QuizDefinition;
import de.smartcity.academy.course.control.QuizLayout;
import de.smartcity.academy.course.control.QuizScoring;
import de.smartcity.academy.course.entity.Course;
import de.smartcity.academy.course.entity.CourseEnrolment;
import de.smartcity.academy.course.entity.LessonProgress;
import de.smartcity.academy.course.entity.QuizAttempt;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.platform.startup.AcademyStarted;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Demo mode only, once: the demo learner has worked through the security awareness course
 * (every lesson, every quiz passed), so the dashboard, reports and certificates have something
 * to show. Completion goes through the normal rule and event.
 */
@ApplicationScoped
public class CourseDemoProgress {

    static final int PRIORITY = 250;
    static final String LEARNER = "lena.lehmann@musterstadt.example";
    static final String COURSE = "informationssicherheit";

    @PersistenceContext EntityManager em;
    @Inject Catalogue catalogue;
    @Inject Completion completion;
    @Inject Clock clock;

    @Transactional
    void onStart(@Observes @Priority(PRIORITY) AcademyStarted started) {
        Person learner = em.createNamedQuery(Person.BY_EMAIL, Person.class).setParameter("email", LEARNER)
                .getResultStream().findFirst().orElse(null);
        Course course = em.createNamedQuery(Course.BY_SLUG, Course.class).setParameter("slug", COURSE)
                .getResultStream().findFirst().orElse(null);
        if (!started.demoMode() || learner == null || course == null || enrolled(learner, course)) {
            return;
        }
        CourseDefinition definition = catalogue.liveDefinition(course);
        CourseEnrolment enrolment = new CourseEnrolment(learner.id(), course, clock.instant());
        em.persist(enrolment);
        for (ModuleDefinition module : definition.modules()) {
            for (LessonDefinition lesson : module.lessons()) {
                em.persist(new LessonProgress(learner.id(), course.id(), lesson.id(), course.currentVersion(),
                        clock.instant()));
                enrolment.visit(lesson.id(), clock.instant());
            }
            if (module.quiz() != null) {
                em.persist(passedAttempt(learner, course, module.quiz()));
            }
        }
        em.flush();
        completion.check(learner.id(), course, definition);
    }

    private QuizAttempt passedAttempt(Person learner, Course course, QuizDefinition quiz) {
        QuizAttempt attempt = new QuizAttempt(learner.id(), course.id(), quiz.id(), 1, course.currentVersion(),
                DefinitionJson.write(QuizLayout.of(quiz, new Random(1))), quiz.maxPoints(), clock.instant());
        Map<String, Set<Integer>> answers = quiz.questions().stream()
                .collect(Collectors.toMap(q -> q.id(), QuizScoring::correctOptions));
        attempt.saveAnswers(DefinitionJson.write(answers));
        QuizScoring.Result result = QuizScoring.score(quiz, answers);
        attempt.submit(result.score(), result.passed(), clock.instant());
        return attempt;
    }

    private boolean enrolled(Person learner, Course course) {
        return !em.createNamedQuery(CourseEnrolment.OF, CourseEnrolment.class)
                .setParameter("personId", learner.id()).setParameter("courseId", course.id()).getResultList().isEmpty();
    }
}
