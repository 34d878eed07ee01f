package de.smartcity.academy.course.control;

import static de.smartcity.academy.course.control.QuizFixtures.multiple;
import static de.smartcity.academy.course.control.QuizFixtures.quiz;
import static de.smartcity.academy.course.control.QuizFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizScoringTest {

    private final QuizDefinition quiz = quiz("q", 70, false,
            single("a", 1, 0), single("b", 1, 2), multiple("c", 2, true, false, true));

    @Test
    void allRightScoresEverything() {
        QuizScoring.Result result = QuizScoring.score(quiz, Map.of("a", Set.of(0), "b", Set.of(2), "c", Set.of(0, 2)));
        assertThat(result.score()).isEqualTo(4);
        assertThat(result.percent()).isEqualTo(100);
        assertThat(result.passed()).isTrue();
    }

    @Test
    void multipleChoiceNeedsExactlyTheCorrectOptions() {
        assertThat(QuizScoring.score(quiz, Map.of("c", Set.of(0))).score()).isZero();
        assertThat(QuizScoring.score(quiz, Map.of("c", Set.of(0, 1, 2))).score()).isZero();
        assertThat(QuizScoring.score(quiz, Map.of("c", Set.of(2, 0))).score()).isEqualTo(2);
    }

    @Test
    void passMarkIsInclusiveAndUnansweredScoresNothing() {
        QuizDefinition half = quiz("h", 50, false, single("a", 1, 0), single("b", 1, 0));
        assertThat(QuizScoring.score(half, Map.of("a", Set.of(0))).passed()).isTrue();
        assertThat(QuizScoring.score(half, Map.of()).passed()).isFalse();
        assertThat(QuizScoring.score(quiz, Map.of("a", Set.of(0), "c", Set.of(0, 2))).passed())
                .as("3 of 4 points = 75 %").isTrue();
        assertThat(QuizScoring.score(quiz, Map.of("c", Set.of(0, 2))).passed()).as("2 of 4 = 50 %").isFalse();
    }
}
