package de.smartcity.academy.course.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A parsed YAML file as a JSON tree, for schema checks, and the file line of every node, keyed by
 * JSON pointer ("" is the root, "/modules/0" the first module), so errors can name their line.
 */
record YamlDocument(JsonNode root, Map<String, Integer> lines) {

    /** The line of the node at {@code pointer}, or of its nearest existing parent. */
    int line(String pointer) {
        String current = pointer;
        while (!lines.containsKey(current) && !current.isEmpty()) {
            current = current.substring(0, Math.max(current.lastIndexOf('/'), 0));
        }
        return lines.getOrDefault(current, 1);
    }

    static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}
