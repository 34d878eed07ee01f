package de.smartcity.academy.course.boundary;

import de.smartcity.academy.course.control.CourseDefinition;
import de.smartcity.academy.course.control.CourseDefinitions;
import de.smartcity.academy.course.control.DefinitionJson;
import de.smartcity.academy.course.control.ModuleDefinition;
import de.smartcity.academy.course.control.QuestionDefinition;
import de.smartcity.academy.course.control.QuestionType;
import de.smartcity.academy.course.control.QuizDefinition;
import de.smartcity.academy.course.control.QuizLayout;
import de.smartcity.academy.course.control.QuizScoring;
import de.smartcity.academy.course.entity.Course;
import de.smartcity.academy.course.entity.QuizAttempt;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.control.Scope;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.error.Conflict;
import de.smartcity.academy.platform.error.InvalidInput;
import de.smartcity.academy.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Quiz attempts: one open attempt at a time, answers saved as they are given, scored on submit
 * against the content version the attempt started on. The attempt limit applies per round (a
 * refresher grants the quiz's attempts again). Nobody but the learner sees an attempt.
 */
@ApplicationScoped
@Transactional
public class Quizzes {

    private static final Logger LOG = Logger.getLogger(Quizzes.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext EntityManager em;
    @Inject Catalogue catalogue;
    @Inject CourseDefinitions definitions;
    @Inject QuizProgress quizProgress;
    @Inject Learning learning;
    @Inject Completion completion;
    @Inject AttemptViews views;
    @Inject Scope scope;
    @Inject Clock clock;

    /** Starts an attempt, or returns the open one to resume it. */
    public AttemptView start(@NotNull Caller caller, String courseId, String quizId) {
        scope.requireAny(caller, Role.LEARNER);
        Course course = catalogue.course(courseId);
        QuizDefinition quiz = quiz(catalogue.liveDefinition(course), quizId);
        List<QuizAttempt> attempts = quizProgress.attempts(caller.personId(), course, quizId);
        List<QuizAttempt> round = QuizProgress.inRound(attempts, learning.countsSince(caller.personId(), course));
        QuizAttempt open = round.stream().filter(a -> !a.isSubmitted()).findFirst().orElse(null);
        if (open != null) {
            return views.of(open, course, quiz(definitionOf(open), quizId));
        }
        if (round.stream().anyMatch(QuizAttempt::isPassed)) {
            throw new Conflict("Dieser Wissenscheck ist bereits bestanden. / This quiz is already passed.");
        }
        if (round.size() >= quiz.attempts()) {
            throw new Conflict("Keine Versuche mehr übrig. / No attempts left.");
        }
        QuizAttempt attempt = new QuizAttempt(caller.personId(), course.id(), quizId, attempts.size() + 1,
                course.currentVersion(), DefinitionJson.write(QuizLayout.of(quiz, RANDOM)), quiz.maxPoints(),
                clock.instant());
        em.persist(attempt);
        em.flush();
        LOG.info(() -> "event=quiz.started person=" + caller.personId() + " course=" + courseId + " quiz=" + quizId
                + " attempt=" + attempt.attemptNo());
        return views.of(attempt, course, quiz);
    }

    public AttemptView attempt(@NotNull Caller caller, long attemptId) {
        QuizAttempt attempt = own(caller, attemptId);
        Course course = em.find(Course.class, attempt.courseId());
        return views.of(attempt, course, quiz(definitionOf(attempt), attempt.quizId()));
    }

    /** Saves the answer to one question (replacing an earlier one). */
    public AttemptView answer(@NotNull Caller caller, long attemptId, @NotNull String questionId,
                              @NotNull Set<Integer> chosen) {
        QuizAttempt attempt = open(caller, attemptId);
        QuizDefinition quiz = quiz(definitionOf(attempt), attempt.quizId());
        QuestionDefinition question = quiz.questions().stream().filter(q -> q.id().equals(questionId)).findFirst()
                .orElseThrow(() -> new NotFound("Frage"));
        requireValidChoice(question, chosen);
        Map<String, Set<Integer>> answers = new HashMap<>(DefinitionJson.readAnswers(attempt.answers()));
        answers.put(questionId, Set.copyOf(chosen));
        attempt.saveAnswers(DefinitionJson.write(answers));
        return views.of(attempt, em.find(Course.class, attempt.courseId()), quiz);
    }

    /** Scores the attempt; the result shows per-question feedback and may complete the course. */
    public AttemptView submit(@NotNull Caller caller, long attemptId) {
        QuizAttempt attempt = open(caller, attemptId);
        CourseDefinition definition = definitionOf(attempt);
        QuizDefinition quiz = quiz(definition, attempt.quizId());
        QuizScoring.Result result = QuizScoring.score(quiz, DefinitionJson.readAnswers(attempt.answers()));
        attempt.submit(result.score(), result.passed(), clock.instant());
        em.flush();
        Course course = em.find(Course.class, attempt.courseId());
        completion.check(caller.personId(), course, catalogue.liveDefinition(course));
        LOG.info(() -> "event=quiz.submitted person=" + caller.personId() + " course=" + course.slug()
                + " quiz=" + quiz.id() + " attempt=" + attempt.attemptNo() + " score=" + result.score() + "/"
                + result.maxScore() + " passed=" + result.passed());
        return views.of(attempt, course, quiz);
    }

    private QuizAttempt open(Caller caller, long attemptId) {
        QuizAttempt attempt = own(caller, attemptId);
        if (attempt.isSubmitted()) {
            throw new Conflict("Dieser Versuch ist bereits abgegeben. / This attempt is already submitted.");
        }
        return attempt;
    }

    /** Another learner's attempt does not exist for the caller. */
    private QuizAttempt own(Caller caller, long attemptId) {
        scope.requireAny(caller, Role.LEARNER);
        QuizAttempt attempt = em.find(QuizAttempt.class, attemptId);
        if (attempt == null || attempt.personId() != caller.personId()) {
            throw new NotFound("Versuch");
        }
        return attempt;
    }

    private CourseDefinition definitionOf(QuizAttempt attempt) {
        return definitions.get(attempt.courseId(), attempt.contentVersion());
    }

    private static QuizDefinition quiz(CourseDefinition definition, String quizId) {
        return definition.modules().stream().map(ModuleDefinition::quiz)
                .filter(q -> q != null && q.id().equals(quizId)).findFirst()
                .orElseThrow(() -> new NotFound("Wissenscheck"));
    }

    private static void requireValidChoice(QuestionDefinition question, Set<Integer> chosen) {
        boolean inRange = chosen.stream().allMatch(i -> i >= 0 && i < question.options().size());
        boolean oneAtMost = question.type() == QuestionType.MULTIPLE || chosen.size() <= 1;
        if (!inRange || !oneAtMost) {
            throw new InvalidInput("Ungültige Antwort. / Invalid answer.",
                    List.of(new InvalidInput.Violation("chosen", "Bitte wählen Sie eine gültige Option.")));
        }
    }
}
