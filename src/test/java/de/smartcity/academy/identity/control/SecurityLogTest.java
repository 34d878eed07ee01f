package de.smartcity.academy.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityLogTest {

    @Test
    void aCraftedUserNameCannotForgeALogLine() {
        assertThat(SecurityLog.quote("eve\nevent=login.ok user=admin")).doesNotContain("\n").startsWith("\"");
    }

    @Test
    void plainValuesStayUnquoted() {
        assertThat(SecurityLog.quote("hr-musterstadt")).isEqualTo("hr-musterstadt");
        assertThat(SecurityLog.quote(null)).isEqualTo("-");
    }
}
