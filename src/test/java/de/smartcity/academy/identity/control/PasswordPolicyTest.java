package de.smartcity.academy.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void acceptsALongPassphrase() {
        assertThat(PasswordPolicy.check("Pferd Batterie Heftklammer", "jschmidt")).isEmpty();
        assertThat(PasswordPolicy.check("Ein langes Passwort 2026", "jschmidt")).isEmpty();
    }

    @Test
    void refusesShortOrOverlongOrUsernameContainingPasswords() {
        assertThat(PasswordPolicy.check("kurz", "jschmidt")).hasValueSatisfying(m -> assertThat(m).contains("12"));
        assertThat(PasswordPolicy.check("x".repeat(129), "jschmidt")).isPresent();
        assertThat(PasswordPolicy.check("mein-JSchmidt-2026", "jschmidt")).isPresent();
        assertThat(PasswordPolicy.check(null, "jschmidt")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"passwort1234", "Passwort2026!", "P@ssw0rt2026", "qwertzuiop12", "123456789012",
        "Sommer2026!!", "!!Schalke04!!", "ichliebedich1", "abcabcabcabc", "Verwaltung2026", "asdfghjklö12"})
    void refusesCommonAndBreachedPasswordsWithAClearGermanMessage(String password) {
        assertThat(PasswordPolicy.check(password, "jschmidt"))
                .hasValueSatisfying(m -> assertThat(m).contains("zu bekannt", "Liste"));
    }
}
