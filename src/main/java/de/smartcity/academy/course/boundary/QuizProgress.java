package de.smartcity.academy.course.boundary;

import de.smartcity.academy.course.control.QuizDefinition;
import de.smartcity.academy.course.entity.Course;
import de.smartcity.academy.course.entity.QuizAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A learner's standing in the quizzes of a course: attempts used, best result, passed or not. */
@ApplicationScoped
class QuizProgress {

    @PersistenceContext EntityManager em;

    List<QuizAttempt> attempts(long personId, Course course, String quizId) {
        return em.createNamedQuery(QuizAttempt.OF_QUIZ, QuizAttempt.class)
                .setParameter("personId", personId).setParameter("courseId", course.id())
                .setParameter("quizId", quizId).getResultList();
    }

    CourseView.QuizItem item(long personId, Course course, QuizDefinition quiz) {
        List<QuizAttempt> attempts = attempts(personId, course, quiz.id());
        List<QuizAttempt> submitted = attempts.stream().filter(QuizAttempt::isSubmitted).toList();
        Integer best = submitted.stream().map(a -> a.score() * 100 / Math.max(1, a.maxScore()))
                .max(Integer::compare).orElse(null);
        Long open = attempts.stream().filter(a -> !a.isSubmitted()).map(QuizAttempt::id).findFirst().orElse(null);
        return new CourseView.QuizItem(quiz.id(), quiz.title(), quiz.questions().size(), quiz.passMark(),
                quiz.attempts(), submitted.size(), submitted.stream().anyMatch(QuizAttempt::isPassed), best, open);
    }

    Set<String> passedQuizzes(long personId, Course course) {
        return submitted(personId, course).stream().filter(QuizAttempt::isPassed)
                .map(QuizAttempt::quizId).collect(Collectors.toSet());
    }

    /** Best submitted score (points) per quiz id. */
    Map<String, Integer> bestScores(long personId, Course course) {
        Map<String, Integer> best = new HashMap<>();
        submitted(personId, course).forEach(a -> best.merge(a.quizId(), a.score(), Math::max));
        return best;
    }

    private List<QuizAttempt> submitted(long personId, Course course) {
        return em.createNamedQuery(QuizAttempt.OF_COURSE, QuizAttempt.class)
                .setParameter("personId", personId).setParameter("courseId", course.id()).getResultList();
    }
}
