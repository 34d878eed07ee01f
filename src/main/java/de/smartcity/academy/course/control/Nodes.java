package de.smartcity.academy.course.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Lenient reads from a YAML tree. The schema check reports what is missing or of the wrong type;
 * these only have to survive such content, because a course with errors is never published.
 */
final class Nodes {

    private Nodes() {}

    static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asText() : null;
    }

    static int number(JsonNode node) {
        return node.asInt(0);
    }

    static LocalizedText localized(JsonNode node) {
        return new LocalizedText(text(node.path("de")), text(node.path("en")));
    }

    static List<String> texts(JsonNode node) {
        return StreamSupport.stream(node.spliterator(), false).map(Nodes::text).toList();
    }
}
