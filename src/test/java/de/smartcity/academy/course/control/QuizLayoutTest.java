package de.smartcity.academy.course.control;

import static de.smartcity.academy.course.control.QuizFixtures.multiple;
import static de.smartcity.academy.course.control.QuizFixtures.quiz;
import static de.smartcity.academy.course.control.QuizFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class QuizLayoutTest {

    @Test
    void unshuffledKeepsTheFileOrder() {
        QuizLayout layout = QuizLayout.of(quiz("q", 70, false, single("a", 1, 0), single("b", 1, 1)), new Random(1));
        assertThat(layout.slots()).extracting(QuizLayout.Slot::questionId).containsExactly("a", "b");
        assertThat(layout.slots().get(0).optionOrder()).containsExactly(0, 1, 2);
    }

    @Test
    void shuffledIsAPermutationAndSurvivesJson() {
        QuizDefinition quiz = quiz("q", 70, true, single("a", 1, 0), single("b", 1, 1), single("c", 1, 2),
                multiple("d", 2, true, false, true, false));
        QuizLayout layout = QuizLayout.of(quiz, new Random(42));
        assertThat(layout.slots()).extracting(QuizLayout.Slot::questionId).containsExactlyInAnyOrder("a", "b", "c", "d");
        assertThat(layout.slots()).allSatisfy(slot -> assertThat(slot.optionOrder())
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, slot.optionOrder().size()).boxed().toList()));
        assertThat(DefinitionJson.read(DefinitionJson.write(layout), QuizLayout.class)).isEqualTo(layout);
    }

    @Test
    void courseDefinitionSurvivesTheJsonItIsStoredAs() {
        CourseDefinition course = QuizFixtures.course(70, QuizFixtures.module("m", quiz("q", 70, true, single("a", 1, 0)), "l"));
        assertThat(DefinitionJson.read(DefinitionJson.write(course), CourseDefinition.class)).isEqualTo(course);
    }
}
