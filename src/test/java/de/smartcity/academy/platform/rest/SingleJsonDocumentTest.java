package de.smartcity.academy.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SingleJsonDocumentTest {

    @ParameterizedTest
    @ValueSource(strings = {"{}}}", "{} {}", "[1] x", "{\"a\":1}garbage", "42 43"})
    void contentAfterTheDocumentIsFound(String body) {
        assertThat(SingleJsonDocument.hasContentAfterTheDocument(body.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @org.junit.jupiter.api.Test
    void tooDeepNestingIsLeftToTheBinding() {
        assertThat(SingleJsonDocument.hasContentAfterTheDocument("[".repeat(20_000).getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", " {\"a\":[1,{\"b\":2}]} \n", "[]", "42", "\"x\"", "", "{\"a\":", "{{"})
    void singleOrMalformedDocumentsAreLeftToTheBinding(String body) {
        assertThat(SingleJsonDocument.hasContentAfterTheDocument(body.getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
