package de.smartcity.academy.privacy.control;

import java.time.Instant;
import java.time.ZoneId;

/** How long data about a person is kept after the last trace of them (configured in months, counted in Berlin time). */
public record RetentionPeriod(int months) {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    public RetentionPeriod {
        if (months < 0) {
            throw new IllegalArgumentException("months must not be negative");
        }
    }

    /** Whether the period after {@code lastTrace} is over at {@code now}. */
    public boolean isPast(Instant lastTrace, Instant now) {
        return !lastTrace.atZone(BERLIN).plusMonths(months).toInstant().isAfter(now);
    }
}
