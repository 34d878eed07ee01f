package de.smartcity.academy.course.control;

import static de.smartcity.academy.course.control.Nodes.number;
import static de.smartcity.academy.course.control.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import de.smartcity.academy.course.control.MarkdownRenderer.ImageReference;
import de.smartcity.academy.course.control.MarkdownRenderer.Rendered;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a lesson: front matter, rendered body, and the rules for sources and images. */
final class LessonReader {

    private static final String SOURCES = "Quellen";
    private static final Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private LessonReader() {}

    static Optional<LessonDefinition> read(Path file, CourseReading reading) {
        try {
            FrontMatter lesson = FrontMatter.split(reading.folder().read(file));
            Optional<YamlDocument> meta = ValidatedYaml.parse(lesson.yaml(), FrontMatter.YAML_FIRST_LINE, file,
                    SchemaCheck.LESSON_FRONT_MATTER, reading.errors());
            Rendered rendered = MarkdownRenderer.render(lesson.body(), lesson.bodyFirstLine());
            if (rendered.headings().stream().noneMatch(h -> h.level() == 2 && SOURCES.equals(h.text()))) {
                reading.errors().add(file, 1, "Die Lektion hat keinen Abschnitt '## " + SOURCES + "'.");
            }
            rendered.images().forEach(image -> checkImage(image, file, reading));
            return meta.map(document -> lesson(document, rendered.html(), file, reading));
        } catch (ContentProblem problem) {
            reading.errors().add(file, problem);
            return Optional.empty();
        }
    }

    private static void checkImage(ImageReference image, Path file, CourseReading reading) {
        String source = image.source();
        if (image.alt().isEmpty()) {
            reading.errors().add(file, image.line(), "Das Bild '" + source + "' hat keinen Alternativtext.");
        }
        if (URL_SCHEME.matcher(source).find() || !source.startsWith("assets/")) {
            reading.errors().add(file, image.line(),
                    "Das Bild '" + source + "' muss eine Datei im Ordner assets/ des Kurses sein.");
            return;
        }
        reading.referenced(file, image.line(), reading.folder().path(), source, false);
    }

    private static LessonDefinition lesson(YamlDocument document, String html, Path file, CourseReading reading) {
        JsonNode root = document.root();
        reading.claimId("Lektions", text(root.path("id")), file, document.line("/id"));
        return new LessonDefinition(text(root.path("id")), text(root.path("title")), number(root.path("duration")), html);
    }
}
