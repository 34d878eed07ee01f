package de.smartcity.academy.course.boundary;

import de.smartcity.academy.course.control.DefinitionJson;
import de.smartcity.academy.course.control.OptionDefinition;
import de.smartcity.academy.course.control.QuestionDefinition;
import de.smartcity.academy.course.control.QuizDefinition;
import de.smartcity.academy.course.control.QuizLayout;
import de.smartcity.academy.course.control.QuizScoring;
import de.smartcity.academy.course.entity.Course;
import de.smartcity.academy.course.entity.CourseEnrolment;
import de.smartcity.academy.course.entity.QuizAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds what a learner may see of an attempt: the solution only once it is submitted. */
@ApplicationScoped
class AttemptViews {

    @Inject Learning learning;
    @Inject QuizProgress quizProgress;

    AttemptView of(QuizAttempt attempt, Course course, QuizDefinition quiz) {
        Map<String, Set<Integer>> answers = DefinitionJson.readAnswers(attempt.answers());
        QuizLayout layout = DefinitionJson.read(attempt.layout(), QuizLayout.class);
        Map<String, QuestionDefinition> questions = quiz.questions().stream()
                .collect(Collectors.toMap(QuestionDefinition::id, Function.identity()));
        boolean reveal = attempt.isSubmitted();
        Map<String, Boolean> correct = reveal ? QuizScoring.score(quiz, answers).outcomes().stream()
                .collect(Collectors.toMap(QuizScoring.QuestionOutcome::questionId, QuizScoring.QuestionOutcome::correct))
                : Map.of();
        List<AttemptView.Question> shown = layout.slots().stream()
                .map(slot -> question(questions.get(slot.questionId()), slot, answers, reveal, correct))
                .toList();
        return new AttemptView(attempt.id(), course.slug(), quiz.id(), quiz.title(), numberInRound(attempt, course),
                quiz.attempts(), reveal, shown, reveal ? result(attempt, course, quiz) : null);
    }

    private static AttemptView.Question question(QuestionDefinition question, QuizLayout.Slot slot,
                                                 Map<String, Set<Integer>> answers, boolean reveal,
                                                 Map<String, Boolean> correct) {
        Set<Integer> chosen = answers.getOrDefault(question.id(), Set.of());
        List<AttemptView.Option> options = slot.optionOrder().stream().map(index -> {
            OptionDefinition option = question.options().get(index);
            boolean picked = chosen.contains(index);
            return new AttemptView.Option(index, option.text(), picked, reveal ? option.correct() : null,
                    reveal && (picked || option.correct()) ? option.feedback() : null);
        }).toList();
        return new AttemptView.Question(question.id(), question.type().name().toLowerCase(), question.points(),
                question.text(), options, reveal ? correct.get(question.id()) : null,
                reveal ? question.explanation() : null);
    }

    /** Attempts are numbered across refresher rounds; the learner counts them within the round. */
    private int numberInRound(QuizAttempt attempt, Course course) {
        Instant since = learning.countsSince(attempt.personId(), course);
        if (attempt.startedAt().isBefore(since)) {
            return attempt.attemptNo();
        }
        return (int) QuizProgress.inRound(quizProgress.attempts(attempt.personId(), course, attempt.quizId()), since)
                .stream().filter(a -> a.attemptNo() <= attempt.attemptNo()).count();
    }

    private AttemptView.Result result(QuizAttempt attempt, Course course, QuizDefinition quiz) {
        Optional<CourseEnrolment> enrolment = learning.enrolment(attempt.personId(), course);
        int used = (int) QuizProgress.inRound(quizProgress.attempts(attempt.personId(), course, quiz.id()),
                enrolment.map(CourseEnrolment::countsSince).orElse(Instant.EPOCH)).stream()
                .filter(QuizAttempt::isSubmitted).count();
        boolean completed = enrolment.map(CourseEnrolment::isRoundCompleted).orElse(false);
        int percent = attempt.maxScore() == 0 ? 100 : attempt.score() * 100 / attempt.maxScore();
        return new AttemptView.Result(attempt.score(), attempt.maxScore(), percent, quiz.passMark(), attempt.isPassed(),
                attempt.isPassed() ? 0 : Math.max(0, quiz.attempts() - used), completed);
    }
}
