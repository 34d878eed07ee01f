package de.smartcity.academy.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private final Organisation musterstadt = new Organisation("Stadt Musterstadt", OrganisationKind.MUNICIPALITY, null);
    private final Account account = new Account("learner", "hash",
            new Person("Lena", "Lehmann", "Lena.Lehmann@Example.org ", musterstadt, Language.DE));

    @Test
    void fifthWrongPasswordLocksForFiveMinutes() {
        for (int i = 0; i < Account.MAX_FAILED_LOGINS - 1; i++) {
            account.recordFailedLogin(NOW);
        }
        assertThat(account.isLocked(NOW)).isFalse();
        account.recordFailedLogin(NOW);
        assertThat(account.isLocked(NOW)).isTrue();
        assertThat(account.isLocked(NOW.plus(Account.LOCK_TIME).minusSeconds(1))).isTrue();
        assertThat(account.isLocked(NOW.plus(Account.LOCK_TIME))).isFalse();
    }

    @Test
    void successfulLoginForgetsEarlierFailures() {
        for (int i = 0; i < Account.MAX_FAILED_LOGINS - 1; i++) {
            account.recordFailedLogin(NOW);
        }
        account.recordSuccessfulLogin();
        account.recordFailedLogin(NOW);
        assertThat(account.isLocked(NOW)).isFalse();
    }

    @Test
    void hrNeedsAScopeAndLearnerDropsIt() {
        assertThatThrownBy(() -> account.assignRoles(Set.of(Role.HR), null)).isInstanceOf(IllegalArgumentException.class);
        account.assignRoles(Set.of(Role.HR, Role.LEARNER), musterstadt);
        assertThat(account.scope()).isSameAs(musterstadt);
        account.assignRoles(Set.of(Role.LEARNER), musterstadt);
        assertThat(account.scope()).isNull();
        assertThat(account.roles()).containsExactly(Role.LEARNER);
    }

    @Test
    void emailIsStoredTrimmedAndLowerCase() {
        assertThat(account.person().email()).isEqualTo("lena.lehmann@example.org");
    }
}
