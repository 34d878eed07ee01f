package de.smartcity.academy.course.control;

import static de.smartcity.academy.course.control.Nodes.localized;
import static de.smartcity.academy.course.control.Nodes.number;
import static de.smartcity.academy.course.control.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads one course folder; the course is returned only when the folder has no error at all. */
final class CourseFolderReader {

    /** Either a course (and no errors) or the errors (and no course). */
    record Result(CourseDefinition course, List<ContentError> errors) {}

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private CourseFolderReader() {}

    static Result read(Path root, Path courseFolder) {
        ContentErrors errors = new ContentErrors(root);
        if (Files.isSymbolicLink(courseFolder)) {
            errors.add(courseFolder, 1, "Symbolische Links sind nicht erlaubt.");
            return rejected(errors);
        }
        String slug = courseFolder.getFileName().toString();
        if (!SLUG.matcher(slug).matches()) {
            errors.add(courseFolder, 1, "Der Ordnername ist kein gültiger Kurs-Slug (Kleinbuchstaben, Ziffern, '-').");
        }
        CourseReading reading = new CourseReading(new ContentFolder(courseFolder), errors);
        Path file = reading.folder().path().resolve("course.yaml");
        Optional<YamlDocument> document = ValidatedYaml.read(reading.folder(), file, SchemaCheck.COURSE, errors);
        List<ModuleDefinition> modules = document.map(d -> modules(d, file, reading)).orElse(List.of());
        List<Path> files = reading.folder().inventory(errors);
        if (!errors.isEmpty() || document.isEmpty()) {
            return rejected(errors);
        }
        try {
            String version = ContentHash.of(reading.folder().path(), files);
            return new Result(course(document.get().root(), slug, modules, version), List.of());
        } catch (UncheckedIOException e) {
            errors.add(courseFolder, 1, "Der Kursordner ist nicht lesbar: " + e.getCause().getMessage());
            return rejected(errors);
        }
    }

    private static Result rejected(ContentErrors errors) {
        return new Result(null, errors.sorted());
    }

    private static List<ModuleDefinition> modules(YamlDocument document, Path file, CourseReading reading) {
        List<ModuleDefinition> modules = new ArrayList<>();
        JsonNode names = document.root().path("modules");
        for (int i = 0; i < names.size(); i++) {
            reading.referenced(file, document.line(YamlDocument.child("/modules", i)), reading.folder().path(),
                            text(names.get(i)), true)
                    .flatMap(folder -> ModuleReader.read(folder, reading))
                    .ifPresent(modules::add);
        }
        return List.copyOf(modules);
    }

    private static CourseDefinition course(JsonNode root, String slug, List<ModuleDefinition> modules, String version) {
        JsonNode validity = root.path("certificateValidityMonths");
        return new CourseDefinition(text(root.path("id")), slug, localized(root.path("title")),
                localized(root.path("summary")), text(root.path("topic")), text(root.path("language")),
                localized(root.path("audience")), number(root.path("estimatedHours")),
                Nodes.texts(root.path("objectives")), number(root.path("passMark")),
                validity.isNumber() ? validity.asInt() : null, modules, version);
    }
}
