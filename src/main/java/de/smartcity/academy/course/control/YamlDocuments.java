package de.smartcity.academy.course.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.AnchorNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses YAML 1.2 with the compose API, which keeps the position of every node, and converts it
 * to a Jackson tree for the schema checks.
 */
final class YamlDocuments {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, Integer> lines = new HashMap<>();
    private final int firstLine;

    private YamlDocuments(int firstLine) {
        this.firstLine = firstLine;
    }

    /** @param firstLine the file line the text starts on (front matter starts on line 2) */
    static YamlDocument parse(String text, int firstLine) throws ContentProblem {
        return new YamlDocuments(firstLine).parse(text);
    }

    private YamlDocument parse(String text) throws ContentProblem {
        // Authors are not trusted: aliases of collections could expand a small file enormously.
        LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema())
                .setMaxAliasesForCollections(0).setAllowRecursiveKeys(false).build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            throw new ContentProblem(line(e.getProblemMark().or(e::getContextMark)), "YAML-Syntaxfehler: " + describe(e));
        } catch (YamlEngineException e) {
            throw new ContentProblem(firstLine, "YAML-Syntaxfehler: " + e.getMessage());
        }
        if (root.isEmpty()) {
            throw new ContentProblem(firstLine, "Die Datei enthält keine YAML-Daten.");
        }
        lines.put("", line(root.get().getStartMark()));
        return new YamlDocument(convert(root.get(), ""), Map.copyOf(lines));
    }

    private String describe(MarkedYamlEngineException e) {
        if (e.getContext() == null || e.getContextMark().isEmpty()) {
            return e.getProblem();
        }
        return e.getContext() + " (Zeile " + line(e.getContextMark()) + "): " + e.getProblem();
    }

    private JsonNode convert(Node node, String pointer) throws ContentProblem {
        return switch (node.getNodeType()) {
            case MAPPING -> object((MappingNode) node, pointer);
            case SEQUENCE -> array((SequenceNode) node, pointer);
            case SCALAR -> scalar((ScalarNode) node);
            case ANCHOR -> convert(((AnchorNode) node).getRealNode(), pointer);
        };
    }

    private ObjectNode object(MappingNode node, String pointer) throws ContentProblem {
        ObjectNode object = JSON.objectNode();
        for (NodeTuple entry : node.getValue()) {
            int keyLine = line(entry.getKeyNode().getStartMark());
            if (!(entry.getKeyNode() instanceof ScalarNode key)) {
                throw new ContentProblem(keyLine, "Schlüssel müssen einfache Werte sein.");
            }
            if (object.has(key.getValue())) {
                throw new ContentProblem(keyLine, "Der Schlüssel '" + key.getValue() + "' kommt doppelt vor.");
            }
            String child = YamlDocument.child(pointer, key.getValue());
            lines.put(child, keyLine);
            object.set(key.getValue(), convert(entry.getValueNode(), child));
        }
        return object;
    }

    private ArrayNode array(SequenceNode node, String pointer) throws ContentProblem {
        ArrayNode array = JSON.arrayNode();
        for (Node item : node.getValue()) {
            String child = YamlDocument.child(pointer, array.size());
            lines.put(child, line(item.getStartMark()));
            array.add(convert(item, child));
        }
        return array;
    }

    private static JsonNode scalar(ScalarNode node) {
        String value = node.getValue();
        Tag tag = node.getTag();
        if (Tag.NULL.equals(tag)) {
            return JSON.nullNode();
        }
        if (Tag.BOOL.equals(tag)) {
            return JSON.booleanNode(Boolean.parseBoolean(value.toLowerCase(Locale.ROOT)));
        }
        if (Tag.INT.equals(tag)) {
            return integer(value);
        }
        if (Tag.FLOAT.equals(tag)) {
            return floating(value);
        }
        return JSON.textNode(value);
    }

    private static JsonNode integer(String value) {
        String digits = value.startsWith("+") ? value.substring(1) : value;
        try {
            if (digits.startsWith("0x")) {
                return JSON.numberNode(new BigInteger(digits.substring(2), 16));
            }
            if (digits.startsWith("0o")) {
                return JSON.numberNode(new BigInteger(digits.substring(2), 8));
            }
            return JSON.numberNode(new BigInteger(digits));
        } catch (NumberFormatException e) {
            return JSON.textNode(value);
        }
    }

    private static JsonNode floating(String value) {
        try {
            return JSON.numberNode(new BigDecimal(value));
        } catch (NumberFormatException e) {
            // .inf and .nan have no JSON counterpart; as text they fail any numeric schema rule.
            return JSON.textNode(value);
        }
    }

    private int line(Optional<Mark> mark) {
        return mark.map(m -> m.getLine() + firstLine).orElse(firstLine);
    }
}
