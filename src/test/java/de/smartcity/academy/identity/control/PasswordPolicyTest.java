package de.smartcity.academy.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPassphrase() {
        assertThat(PasswordPolicy.check("Pferd Batterie Heftklammer", "jschmidt")).isEmpty();
    }

    @Test
    void refusesShortOrOverlongOrUsernameContainingPasswords() {
        assertThat(PasswordPolicy.check("kurz", "jschmidt")).hasValueSatisfying(m -> assertThat(m).contains("12"));
        assertThat(PasswordPolicy.check("x".repeat(129), "jschmidt")).isPresent();
        assertThat(PasswordPolicy.check("mein-JSchmidt-2026", "jschmidt")).isPresent();
        assertThat(PasswordPolicy.check(null, "jschmidt")).isPresent();
    }
}
