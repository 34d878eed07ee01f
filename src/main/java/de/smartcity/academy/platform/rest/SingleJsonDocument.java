package de.smartcity.academy.platform.rest;

import de.smartcity.academy.platform.error.InvalidInput;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A JSON body is exactly one document: JSON-B stops after the first value and would silently accept
 * {@code {}}}} or two objects in a row, so content after the document is refused (400) before binding.
 */
@Provider
public class SingleJsonDocument implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.getSubtype().endsWith("json")) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (hasContentAfterTheDocument(body)) {
            throw new InvalidInput("Nach dem JSON-Dokument folgt weiterer Inhalt. / There is content after the JSON document.",
                    List.of());
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Malformed (or too deeply nested) documents are left to the binding, which reports them as such. */
    static boolean hasContentAfterTheDocument(byte[] body) {
        boolean complete = false;
        try (JsonParser parser = Json.createParser(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
            if (!parser.hasNext()) {
                return false;
            }
            int depth = 0;
            do {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    depth++;
                } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    depth--;
                }
            } while (depth > 0);
            complete = true;
            return parser.hasNext();
        } catch (RuntimeException e) { // Parsson refuses too deep nesting with a plain RuntimeException
            return complete;
        }
    }
}
