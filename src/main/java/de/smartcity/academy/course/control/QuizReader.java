package de.smartcity.academy.course.control;

import static de.smartcity.academy.course.control.Nodes.localized;
import static de.smartcity.academy.course.control.Nodes.number;
import static de.smartcity.academy.course.control.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

/** Reads a quiz and checks that every question's correct answers fit its type. */
final class QuizReader {

    private static final Set<String> TRUE_FALSE = Set.of("Richtig", "Falsch");

    private QuizReader() {}

    static Optional<QuizDefinition> read(Path file, CourseReading reading) {
        return ValidatedYaml.read(reading.folder(), file, SchemaCheck.QUIZ, reading.errors())
                .map(document -> quiz(document, file, reading));
    }

    private static QuizDefinition quiz(YamlDocument document, Path file, CourseReading reading) {
        JsonNode root = document.root();
        reading.claimId("Quiz", text(root.path("id")), file, document.line("/id"));
        Set<String> questionIds = new HashSet<>();
        List<QuestionDefinition> questions = new ArrayList<>();
        JsonNode items = root.path("questions");
        for (int i = 0; i < items.size(); i++) {
            String pointer = YamlDocument.child("/questions", i);
            QuestionDefinition question = question(items.get(i));
            if (question.id() != null && !questionIds.add(question.id())) {
                reading.errors().add(file, document.line(pointer + "/id"),
                        "Die Frage-Id '" + question.id() + "' kommt im Quiz mehrfach vor.");
            }
            answerProblem(question).ifPresent(problem -> reading.errors().add(file, document.line(pointer), problem));
            questions.add(question);
        }
        return new QuizDefinition(text(root.path("id")), localized(root.path("title")), number(root.path("passMark")),
                number(root.path("attempts")), root.path("shuffle").asBoolean(), List.copyOf(questions));
    }

    private static QuestionDefinition question(JsonNode node) {
        List<OptionDefinition> options = StreamSupport.stream(node.path("options").spliterator(), false)
                .map(option -> new OptionDefinition(text(option.path("text")), option.path("correct").asBoolean(),
                        text(option.path("feedback"))))
                .toList();
        return new QuestionDefinition(text(node.path("id")), type(text(node.path("type"))), number(node.path("points")),
                text(node.path("text")), text(node.path("explanation")), options);
    }

    private static QuestionType type(String name) {
        for (QuestionType type : QuestionType.values()) {
            if (type.name().toLowerCase(Locale.ROOT).equals(name)) {
                return type;
            }
        }
        return null;
    }

    private static Optional<String> answerProblem(QuestionDefinition question) {
        if (question.type() == null) {
            return Optional.empty();
        }
        long correct = question.options().stream().filter(OptionDefinition::correct).count();
        return switch (question.type()) {
            case SINGLE -> correct == 1 ? Optional.empty()
                    : Optional.of("Eine Single-Choice-Frage braucht genau eine richtige Antwort, nicht " + correct + ".");
            case MULTIPLE -> correct >= 1 ? Optional.empty()
                    : Optional.of("Eine Multiple-Choice-Frage braucht mindestens eine richtige Antwort.");
            case TRUEFALSE -> isTrueFalse(question.options(), correct) ? Optional.empty()
                    : Optional.of("Eine Richtig/Falsch-Frage braucht genau die Antworten 'Richtig' und 'Falsch',"
                            + " davon genau eine richtig.");
        };
    }

    private static boolean isTrueFalse(List<OptionDefinition> options, long correct) {
        Set<String> texts = new HashSet<>();
        options.forEach(option -> texts.add(option.text()));
        return options.size() == 2 && texts.equals(TRUE_FALSE) && correct == 1;
    }
}
