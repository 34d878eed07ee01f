package de.smartcity.academy.platform.rest;

import de.smartcity.academy.platform.text.PlainText;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/** Every string in a JSON body is checked as {@link PlainText}; a violation is a malformed body (400). */
public class PlainTextStrings implements JsonbDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
        String value = parser.getString();
        if (!PlainText.isClean(value)) {
            throw new JsonbException(PlainText.PROBLEM);
        }
        return value;
    }
}
