package de.smartcity.academy.course.boundary;

import de.smartcity.academy.course.control.LocalizedText;
import java.util.List;

/**
 * A quiz attempt. Before submission it carries no hint of the right answers (no "correct", no
 * feedback, no explanation): those fields are null until the attempt is submitted.
 * {@code attemptNo} counts within the current round (a refresher starts again at 1).
 */
public record AttemptView(long id, String courseId, String quizId, LocalizedText title, int attemptNo,
                          int attemptsAllowed, boolean submitted, List<Question> questions, Result result) implements java.io.Serializable {

    public record Question(String id, String type, int points, String text, List<Option> options,
                           Boolean correct, String explanation) implements java.io.Serializable {}

    /** @param index the option's position in the quiz file; answers refer to it */
    public record Option(int index, String text, boolean chosen, Boolean correct, String feedback) implements java.io.Serializable {}

    public record Result(int score, int maxScore, int percent, int passMark, boolean passed, int attemptsLeft,
                         boolean courseCompleted) implements java.io.Serializable {}
}
