package de.smartcity.academy.course.control;

import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Checks a YAML document against one of the JSON Schemas in {@code course-schema/}. */
final class SchemaCheck {

    static final String COURSE = "course";
    static final String MODULE = "module";
    static final String LESSON_FRONT_MATTER = "lesson-front-matter";
    static final String QUIZ = "quiz";
    static final String PROGRAM = "program";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // Course authors read these messages on the German admin page.
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .locale(Locale.GERMAN).pathType(PathType.JSON_PATH).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private SchemaCheck() {}

    static List<ContentProblem> check(String schema, YamlDocument document) {
        return SCHEMAS.computeIfAbsent(schema, SchemaCheck::load).validate(document.root()).stream()
                .map(message -> new ContentProblem(line(message, document), message.getMessage()))
                .toList();
    }

    private static int line(ValidationMessage message, YamlDocument document) {
        String pointer = pointer(message.getInstanceLocation());
        // An unknown property is best shown where it is written, not where its object starts.
        if ("additionalProperties".equals(message.getType()) && message.getProperty() != null) {
            pointer = YamlDocument.child(pointer, message.getProperty());
        }
        return document.line(pointer);
    }

    private static String pointer(JsonNodePath path) {
        String pointer = "";
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer = element instanceof Integer index
                    ? YamlDocument.child(pointer, index)
                    : YamlDocument.child(pointer, String.valueOf(element));
        }
        return pointer;
    }

    private static JsonSchema load(String name) {
        String resource = "/course-schema/" + name + ".schema.json";
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema " + resource);
            }
            return FACTORY.getSchema(in, CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
