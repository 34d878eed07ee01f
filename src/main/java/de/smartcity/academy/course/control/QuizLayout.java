package de.smartcity.academy.course.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * The order in which one attempt shows the questions and their options. Shuffled once when the
 * attempt starts (if the quiz asks for it) and stored, so a resumed attempt looks the same.
 *
 * @param slots one per question, in display order
 */
public record QuizLayout(List<Slot> slots) {

    /** @param optionOrder indices into the question's options, in display order */
    public record Slot(String questionId, List<Integer> optionOrder) {}

    public static QuizLayout of(QuizDefinition quiz, RandomGenerator random) {
        List<Slot> slots = new ArrayList<>();
        for (QuestionDefinition question : quiz.questions()) {
            List<Integer> order = new ArrayList<>(IntStream.range(0, question.options().size()).boxed().toList());
            if (quiz.shuffle() && question.type() != QuestionType.TRUEFALSE) {
                shuffle(order, random);
            }
            slots.add(new Slot(question.id(), List.copyOf(order)));
        }
        if (quiz.shuffle()) {
            shuffle(slots, random);
        }
        return new QuizLayout(List.copyOf(slots));
    }

    private static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }
}
