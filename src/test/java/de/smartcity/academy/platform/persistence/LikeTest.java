package de.smartcity.academy.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void noTextMatchesEverything() {
        assertThat(Like.containing(null)).isEqualTo("%");
        assertThat(Like.containing("  ")).isEqualTo("%");
    }

    @Test
    void textIsTrimmedAndLowerCasedIncludingUmlauts() {
        assertThat(Like.containing("  ÖZTÜRK ")).isEqualTo("%öztürk%");
    }

    @Test
    void wildcardsAndTheEscapeCharacterStandForOneCharacter() {
        assertThat(Like.containing("50%_a\\b")).isEqualTo("%50__a_b%");
    }
}
