package de.smartcity.academy.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private final VerifiedPasswords verified = new VerifiedPasswords();

    @Test
    void theSamePasswordAgainstTheSameStoredHashWithinAMinuteIsKnown() {
        verified.verified("lena", "geheim-12345", "hash-1", NOW);

        assertThat(verified.recentlyVerified("lena", "geheim-12345", "hash-1", NOW.plusSeconds(59))).isTrue();
    }

    @Test
    void anotherPasswordAChangedHashOrAnExpiredEntryNeedsTheFullCheck() {
        verified.verified("lena", "geheim-12345", "hash-1", NOW);
        assertThat(verified.recentlyVerified("lena", "falsch", "hash-1", NOW)).isFalse();

        verified.verified("lena", "geheim-12345", "hash-1", NOW);
        assertThat(verified.recentlyVerified("lena", "geheim-12345", "hash-2", NOW)).as("password changed").isFalse();

        verified.verified("lena", "geheim-12345", "hash-1", NOW);
        assertThat(verified.recentlyVerified("lena", "geheim-12345", "hash-1", NOW.plus(VerifiedPasswords.TTL))).isFalse();
        assertThat(verified.recentlyVerified("otto", "geheim-12345", "hash-1", NOW)).isFalse();
    }
}
