package de.smartcity.academy.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"O'Brien", "Zoe\u0308", "Team 👩🏽‍💻", "مرحبا", "<script>", "Zeile 1\r\nZeile 2\tTab", "\u200Fرسالة"})
    void ordinaryTextIsClean(String text) {
        assertThat(PlainText.isClean(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u0007", "\u001b[31m", "\u007f", "\u0085", "Rechnung\u202Efdp.exe", "\u2066x\u2069",
            "a\uD800", "\uDC00b", "\uFFFF"})
    void controlsOverridesAndBrokenUnicodeAreNot(String text) {
        assertThat(PlainText.isClean(text)).isFalse();
    }

    @Test
    void nothingIsClean() {
        assertThat(PlainText.isClean(null)).isTrue();
        assertThat(PlainText.isClean("")).isTrue();
    }
}
