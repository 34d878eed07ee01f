package de.smartcity.academy.course.control;

import java.util.List;

/** Small quizzes and courses built in code, for the scoring and completion rules. */
final class QuizFixtures {

    private QuizFixtures() {}

    static QuestionDefinition single(String id, int points, int correctIndex) {
        return new QuestionDefinition(id, QuestionType.SINGLE, points, "Frage " + id, "Weil.", List.of(
                option(correctIndex == 0), option(correctIndex == 1), option(correctIndex == 2)));
    }

    static QuestionDefinition multiple(String id, int points, boolean... correct) {
        List<OptionDefinition> options = new java.util.ArrayList<>();
        for (boolean c : correct) {
            options.add(option(c));
        }
        return new QuestionDefinition(id, QuestionType.MULTIPLE, points, "Frage " + id, "Weil.", options);
    }

    static QuizDefinition quiz(String id, int passMark, boolean shuffle, QuestionDefinition... questions) {
        return new QuizDefinition(id, new LocalizedText("Quiz " + id, null), passMark, 3, shuffle, List.of(questions));
    }

    static CourseDefinition course(int passMark, ModuleDefinition... modules) {
        return new CourseDefinition("urn:test:course", "test", new LocalizedText("Test", null),
                new LocalizedText("S", null), "ki", "de", new LocalizedText("A", null), 1, List.of("Z"), passMark, 12,
                List.of(modules), "v1");
    }

    static ModuleDefinition module(String id, QuizDefinition quiz, String... lessonIds) {
        return new ModuleDefinition(id, new LocalizedText(id, null), new LocalizedText(id, null),
                java.util.Arrays.stream(lessonIds).map(l -> new LessonDefinition(l, l, 10, "<p>x</p>")).toList(), quiz);
    }

    private static OptionDefinition option(boolean correct) {
        return new OptionDefinition(correct ? "richtig" : "falsch", correct, correct ? "Gut." : "Nein.");
    }
}
