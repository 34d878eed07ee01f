package de.smartcity.academy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** German and English must offer the same texts: a key missing in one language is a bug. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "ValidationMessages"})
    void germanAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties german = load(bundle + "_de.properties");
        Properties english = load(bundle + "_en.properties");
        assertThat(english.keySet()).as("keys only in German").containsAll(german.keySet());
        assertThat(german.keySet()).as("keys only in English").containsAll(english.keySet());
        assertThat(load(bundle + ".properties")).as("the default bundle is German").isEqualTo(german);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_de.properties", "messages_en.properties"})
    void noTextIsEmpty(String file) throws IOException {
        load(file).forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
