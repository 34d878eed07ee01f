package de.smartcity.academy.privacy.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionPeriodTest {

    private final RetentionPeriod threeYears = new RetentionPeriod(36);
    private final Instant lastTrace = Instant.parse("2023-03-31T10:00:00Z");

    @Test
    void dueOnceTheMonthsHavePassedCountedInBerlinTime() {
        assertThat(threeYears.isPast(lastTrace, Instant.parse("2026-03-31T09:59:59Z"))).isFalse();
        assertThat(threeYears.isPast(lastTrace, Instant.parse("2026-03-31T10:00:00Z"))).isTrue();
    }

    @Test
    void endOfMonthStaysOnTheLastDay() {
        RetentionPeriod oneMonth = new RetentionPeriod(1);
        assertThat(oneMonth.isPast(Instant.parse("2026-01-31T12:00:00Z"), Instant.parse("2026-02-28T11:59:59Z"))).isFalse();
        assertThat(oneMonth.isPast(Instant.parse("2026-01-31T12:00:00Z"), Instant.parse("2026-02-28T12:00:00Z"))).isTrue();
    }

    @Test
    void zeroMonthsMeansDueAtOnceAndNegativeIsRefused() {
        assertThat(new RetentionPeriod(0).isPast(lastTrace, lastTrace)).isTrue();
        assertThatThrownBy(() -> new RetentionPeriod(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
