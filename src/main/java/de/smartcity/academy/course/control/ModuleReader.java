package de.smartcity.academy.course.control;

import static de.smartcity.academy.course.control.Nodes.localized;
import static de.smartcity.academy.course.control.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a module folder: its {@code module.yaml}, the lessons it lists and its optional quiz. */
final class ModuleReader {

    private ModuleReader() {}

    static Optional<ModuleDefinition> read(Path folder, CourseReading reading) {
        Path file = folder.resolve("module.yaml");
        return ValidatedYaml.read(reading.folder(), file, SchemaCheck.MODULE, reading.errors())
                .map(document -> module(document, folder, file, reading));
    }

    private static ModuleDefinition module(YamlDocument document, Path folder, Path file, CourseReading reading) {
        JsonNode root = document.root();
        reading.claimId("Modul", text(root.path("id")), file, document.line("/id"));
        List<LessonDefinition> lessons = new ArrayList<>();
        JsonNode names = root.path("lessons");
        for (int i = 0; i < names.size(); i++) {
            reading.referenced(file, document.line(YamlDocument.child("/lessons", i)), folder, text(names.get(i)), false)
                    .flatMap(lesson -> LessonReader.read(lesson, reading))
                    .ifPresent(lessons::add);
        }
        QuizDefinition quiz = reading.referenced(file, document.line("/quiz"), folder, text(root.path("quiz")), false)
                .flatMap(quizFile -> QuizReader.read(quizFile, reading))
                .orElse(null);
        return new ModuleDefinition(text(root.path("id")), localized(root.path("title")),
                localized(root.path("summary")), List.copyOf(lessons), quiz);
    }
}
