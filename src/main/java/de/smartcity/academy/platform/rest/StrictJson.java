package de.smartcity.academy.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B as the API uses it: unknown fields are an error (a typo must not be silently dropped),
 * strings must be plain text ({@link PlainTextStrings}), dates as ISO-8601.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .setProperty("jsonb.fail-on-unknown-properties", true)
            .withDeserializers(new PlainTextStrings(), new StrictBooleans())
            .withFormatting(false));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
