package de.smartcity.academy.course.control;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Scores a submitted attempt: a question earns its points only when exactly the correct options
 * are chosen (single choice and true/false: the one correct option; multiple choice: all correct
 * ones and no other).
 */
public final class QuizScoring {

    /** @param correct whether the question earned its points */
    public record QuestionOutcome(String questionId, boolean correct, int points) {}

    public record Result(int score, int maxScore, boolean passed, List<QuestionOutcome> outcomes) {

        public int percent() {
            return maxScore == 0 ? 100 : score * 100 / maxScore;
        }
    }

    private QuizScoring() {}

    /** @param answers chosen option indices per question id; unanswered questions score nothing */
    public static Result score(QuizDefinition quiz, Map<String, Set<Integer>> answers) {
        List<QuestionOutcome> outcomes = quiz.questions().stream()
                .map(q -> outcome(q, answers.getOrDefault(q.id(), Set.of())))
                .toList();
        int score = outcomes.stream().mapToInt(QuestionOutcome::points).sum();
        int max = quiz.maxPoints();
        return new Result(score, max, score * 100 >= quiz.passMark() * max, outcomes);
    }

    private static QuestionOutcome outcome(QuestionDefinition question, Set<Integer> chosen) {
        boolean correct = correctOptions(question).equals(new HashSet<>(chosen));
        return new QuestionOutcome(question.id(), correct, correct ? question.points() : 0);
    }

    public static Set<Integer> correctOptions(QuestionDefinition question) {
        return IntStream.range(0, question.options().size())
                .filter(i -> question.options().get(i).correct())
                .boxed().collect(Collectors.toSet());
    }
}
