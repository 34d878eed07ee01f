package de.smartcity.academy.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The life of an outbox mail: claim, send or retry with backoff, give up after eight failures. */
class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void backoffDoublesFromOneMinuteUpToOneHour() {
        assertThat(java.util.stream.IntStream.rangeClosed(1, 9)
                .mapToObj(n -> OutboxMail.backoff(n, OutboxMail.FIRST_RETRY).toMinutes()))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    @Test
    void backoffFollowsAShorterFirstRetry() {
        assertThat(OutboxMail.backoff(1, Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(2));
        assertThat(OutboxMail.backoff(4, Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void aNewMailIsDueAtOnce() {
        OutboxMail mail = aMail();
        assertThat(mail.status()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW);
        assertThat(mail.attempts()).isZero();
    }

    @Test
    void aClaimedMailIsSent() {
        OutboxMail mail = aMail();
        mail.claim(NOW);
        assertThat(mail.status()).isEqualTo(OutboxMail.Status.SENDING);
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plus(OutboxMail.CLAIM_LEASE));
        mail.sent(NOW.plusSeconds(1));
        assertThat(mail.status()).isEqualTo(OutboxMail.Status.SENT);
        assertThat(mail.sentAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(mail.nextAttemptAt()).isNull();
    }

    @Test
    void aFailureSchedulesTheNextAttemptWithBackoff() {
        OutboxMail mail = aMail();
        mail.claim(NOW);
        mail.failed("Connection refused", NOW);
        assertThat(mail.status()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(mail.lastError()).isEqualTo("Connection refused");
        mail.claim(NOW);
        mail.failed("Connection refused", NOW);
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
    }

    @Test
    void theEighthFailureGivesUp() {
        OutboxMail mail = aMail();
        for (int i = 1; i <= OutboxMail.MAX_ATTEMPTS; i++) {
            mail.claim(NOW);
            mail.failed("timeout " + i, NOW);
        }
        assertThat(mail.status()).isEqualTo(OutboxMail.Status.FAILED);
        assertThat(mail.attempts()).isEqualTo(8);
        assertThat(mail.nextAttemptAt()).isNull();
        assertThatThrownBy(() -> mail.claim(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAClaimedMailCanBeSentOrFail() {
        assertThatThrownBy(() -> aMail().sent(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> aMail().failed("x", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void inDemoModeTheMailStaysInTheOutbox() {
        OutboxMail mail = aMail();
        mail.deliveredToOutbox(NOW);
        assertThat(mail.status()).isEqualTo(OutboxMail.Status.OUTBOX);
        assertThat(mail.sentAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> mail.claim(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void longErrorsAndSubjectsAreCutToTheirColumns() {
        OutboxMail mail = new OutboxMail("a@example.org", "A", "de", "mail.test", "s".repeat(400), "body", NOW);
        mail.claim(NOW);
        mail.failed("e".repeat(2000), NOW);
        assertThat(mail.subject()).hasSize(OutboxMail.SUBJECT_LENGTH);
        assertThat(mail.lastError()).hasSize(OutboxMail.ERROR_LENGTH);
    }

    private static OutboxMail aMail() {
        return new OutboxMail("joerg.gruen@musterstadt.example", "Jörg Grün", "de", "mail.test",
                "Testnachricht", "Guten Tag", NOW);
    }
}
