package de.smartcity.academy.course.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The JSON form in which definitions, quiz layouts and answers are stored. */
public final class DefinitionJson {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type ANSWERS = new HashMap<String, Set<Integer>>() {}.getClass().getGenericSuperclass();

    private DefinitionJson() {}

    public static String write(Object value) {
        return JSONB.toJson(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }

    public static Map<String, Set<Integer>> readAnswers(String json) {
        return JSONB.fromJson(json, ANSWERS);
    }
}
