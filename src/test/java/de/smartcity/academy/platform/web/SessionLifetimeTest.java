package de.smartcity.academy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionLifetimeTest {

    private static final Instant NOW = Instant.parse("2026-11-23T18:00:00Z");

    @Test
    void aSessionOutlivesItsMaximumLifetimeHoweverActiveItIs() {
        SessionLifetime lifetime = lifetime(Duration.ofHours(10));
        assertThat(lifetime.outlived(NOW.minus(Duration.ofHours(9).plusMinutes(59)).toEpochMilli())).isFalse();
        assertThat(lifetime.outlived(NOW.minus(Duration.ofHours(10).plusSeconds(1)).toEpochMilli())).isTrue();
    }

    @Test
    void aShortConfiguredLifetimeEndsSessionsSooner() {
        SessionLifetime lifetime = lifetime(Duration.parse("PT2M"));
        assertThat(lifetime.outlived(NOW.minusSeconds(60).toEpochMilli())).isFalse();
        assertThat(lifetime.outlived(NOW.minusSeconds(121).toEpochMilli())).isTrue();
    }

    private static SessionLifetime lifetime(Duration max) {
        SessionLifetime lifetime = new SessionLifetime();
        lifetime.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        lifetime.maxLifetime = max;
        return lifetime;
    }
}
