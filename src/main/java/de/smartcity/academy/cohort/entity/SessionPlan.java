package de.smartcity.academy.cohort.entity;

import de.smartcity.academy.platform.time.ClockProducer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * A live session as people plan it: a day and wall-clock times in Europe/Berlin. Stored as instants,
 * so a session at 18:00 is 17:00Z in winter and 16:00Z in summer. A time that does not exist on the
 * day clocks go forward (02:30) moves on by the gap, as {@link ZonedDateTime#of} does.
 */
public record SessionPlan(String title, String moduleId, LocalDate date, LocalTime start, LocalTime end,
                          String meetingUrl) {

    public Instant startsAt() {
        return ZonedDateTime.of(date, start, ClockProducer.ZONE).toInstant();
    }

    public Instant endsAt() {
        return ZonedDateTime.of(date, end, ClockProducer.ZONE).toInstant();
    }
}
