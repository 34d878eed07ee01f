package de.smartcity.academy.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/** Only {@code true} and {@code false} are booleans: JSON-B would read any string as {@code false}. */
public class StrictBooleans implements JsonbDeserializer<Boolean> {

    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
        return switch (parser.getValue().getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> throw new JsonbException("true oder false erwartet / true or false expected");
        };
    }
}
