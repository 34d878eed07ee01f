package de.smartcity.academy.course.control;

import java.util.List;

/** A module's quiz; {@code passMark} is the percentage of {@link #maxPoints()} needed. */
public record QuizDefinition(String id, LocalizedText title, int passMark, int attempts, boolean shuffle,
                             List<QuestionDefinition> questions) {

    public int maxPoints() {
        return questions.stream().mapToInt(QuestionDefinition::points).sum();
    }
}
