package de.smartcity.academy.course.boundary;

import de.smartcity.academy.course.control.QuizDefinition;
import de.smartcity.academy.course.entity.Course;
import de.smartcity.academy.course.entity.CourseEnrolment;
import de.smartcity.academy.course.entity.QuizAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A learner's standing in the quizzes of a course in the current round: attempts used, best result,
 * passed or not. {@code since} is the start of the round ({@link CourseEnrolment#countsSince()}).
 */
@ApplicationScoped
class QuizProgress {

    @PersistenceContext EntityManager em;

    /** All attempts at this quiz, of every round, by number. */
    List<QuizAttempt> attempts(long personId, Course course, String quizId) {
        return em.createNamedQuery(QuizAttempt.OF_QUIZ, QuizAttempt.class)
                .setParameter("personId", personId).setParameter("courseId", course.id())
                .setParameter("quizId", quizId).getResultList();
    }

    static List<QuizAttempt> inRound(List<QuizAttempt> attempts, Instant since) {
        return attempts.stream().filter(a -> !a.startedAt().isBefore(since)).toList();
    }

    CourseView.QuizItem item(long personId, Course course, QuizDefinition quiz, Instant since) {
        List<QuizAttempt> attempts = inRound(attempts(personId, course, quiz.id()), since);
        List<QuizAttempt> submitted = attempts.stream().filter(QuizAttempt::isSubmitted).toList();
        Integer best = submitted.stream().map(a -> a.score() * 100 / Math.max(1, a.maxScore()))
                .max(Integer::compare).orElse(null);
        Long open = attempts.stream().filter(a -> !a.isSubmitted()).map(QuizAttempt::id).findFirst().orElse(null);
        return new CourseView.QuizItem(quiz.id(), quiz.title(), quiz.questions().size(), quiz.passMark(),
                quiz.attempts(), submitted.size(), submitted.stream().anyMatch(QuizAttempt::isPassed), best, open);
    }

    Set<String> passedQuizzes(long personId, Course course, Instant since) {
        return submitted(personId, course, since).stream().filter(QuizAttempt::isPassed)
                .map(QuizAttempt::quizId).collect(Collectors.toSet());
    }

    /** Best submitted score (points) per quiz id. */
    Map<String, Integer> bestScores(long personId, Course course, Instant since) {
        Map<String, Integer> best = new HashMap<>();
        submitted(personId, course, since).forEach(a -> best.merge(a.quizId(), a.score(), Math::max));
        return best;
    }

    private List<QuizAttempt> submitted(long personId, Course course, Instant since) {
        return em.createNamedQuery(QuizAttempt.OF_COURSE, QuizAttempt.class)
                .setParameter("personId", personId).setParameter("courseId", course.id())
                .setParameter("since", since).getResultList();
    }
}
