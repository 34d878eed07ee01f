package de.smartcity.academy.course.control;

import java.nio.file.Path;
import java.util.Optional;

/** Parses a YAML file and checks it against its schema, recording every problem. */
final class ValidatedYaml {

    private ValidatedYaml() {}

    /**
     * @return the document, also when it breaks the schema (so later checks still run); empty
     *         when it could not be read or parsed at all
     */
    static Optional<YamlDocument> read(ContentFolder folder, Path file, String schema, ContentErrors errors) {
        try {
            return parse(folder.read(file), 1, file, schema, errors);
        } catch (ContentProblem problem) {
            errors.add(file, problem);
            return Optional.empty();
        }
    }

    static Optional<YamlDocument> parse(String text, int firstLine, Path file, String schema, ContentErrors errors) {
        try {
            YamlDocument document = YamlDocuments.parse(text, firstLine);
            SchemaCheck.check(schema, document).forEach(problem -> errors.add(file, problem));
            return Optional.of(document);
        } catch (ContentProblem problem) {
            errors.add(file, problem);
            return Optional.empty();
        }
    }
}
