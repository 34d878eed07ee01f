package de.smartcity.academy.certificate.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Checks a credential against the OB 3.0 AchievementCredential schema before it is signed. The pinned schema is a
 * reduced hand-written form of 1EdTech's {@code ob_v3p0_achievementcredential_schema.json} (see its $comment).
 */
final class OpenBadgeSchema {

    private static final String RESOURCE = "/jsonld/ob-v3p0-achievementcredential-reduced.schema.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonSchema schema;

    OpenBadgeSchema() {
        try (InputStream in = OpenBadgeSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of a credential; empty when it conforms. */
    List<String> problems(String credentialJson) {
        try {
            return schema.validate(MAPPER.readTree(credentialJson)).stream()
                    .map(ValidationMessage::getMessage).sorted().toList();
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
    }
}
