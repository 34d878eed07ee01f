package de.smartcity.academy.course.control;

import static de.smartcity.academy.course.control.Nodes.localized;
import static de.smartcity.academy.course.control.Nodes.number;
import static de.smartcity.academy.course.control.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Reads {@code programs/<slug>.yaml}; its courses must be among the valid courses of the library. */
final class ProgramReader {

    /** Either a program (and no errors) or the errors (and no program). */
    record Result(ProgramDefinition program, List<ContentError> errors) {}

    private ProgramReader() {}

    static Result read(Path root, Path file, Set<String> validCourseIds) {
        ContentErrors errors = new ContentErrors(root);
        ContentFolder folder = new ContentFolder(file.getParent());
        var document = ValidatedYaml.read(folder, file, SchemaCheck.PROGRAM, errors);
        document.ifPresent(d -> checkCourses(d, file, validCourseIds, errors));
        if (!errors.isEmpty() || document.isEmpty()) {
            return new Result(null, errors.sorted());
        }
        String fileName = file.getFileName().toString();
        String slug = fileName.substring(0, fileName.length() - ".yaml".length());
        return new Result(program(document.get().root(), slug), List.of());
    }

    private static void checkCourses(YamlDocument document, Path file, Set<String> validCourseIds, ContentErrors errors) {
        for (String list : List.of("requiredCourses", "electiveCourses")) {
            JsonNode ids = document.root().path(list);
            for (int i = 0; i < ids.size(); i++) {
                String id = text(ids.get(i));
                if (id != null && !validCourseIds.contains(id)) {
                    errors.add(file, document.line(YamlDocument.child("/" + list, i)),
                            "Der Kurs '" + id + "' fehlt oder wurde wegen Fehlern abgelehnt.");
                }
            }
        }
        int electives = document.root().path("electiveCourses").size();
        if (number(document.root().path("minElectives")) > electives) {
            errors.add(file, document.line("/minElectives"),
                    "minElectives ist größer als die Zahl der Wahlkurse (" + electives + ").");
        }
    }

    private static ProgramDefinition program(JsonNode root, String slug) {
        JsonNode attendance = root.path("attendance");
        return new ProgramDefinition(text(root.path("id")), slug, localized(root.path("title")),
                localized(root.path("summary")), Nodes.texts(root.path("requiredCourses")),
                Nodes.texts(root.path("electiveCourses")), number(root.path("minElectives")),
                number(attendance.path("minRatePercent")), attendance.path("excusedCountsAsPresent").asBoolean());
    }
}
