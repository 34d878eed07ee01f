package de.smartcity.academy.cohort.entity;

import static de.smartcity.academy.cohort.entity.SessionBuilder.aSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class CohortSessionTest {

    @Test
    void eighteenOClockBerlinIsSeventeenZuluInWinterAndSixteenZuluInSummer() {
        CohortSession winter = aSession().on(LocalDate.of(2027, 3, 26)).from("18:00").to("19:30").build();
        CohortSession summer = aSession().on(LocalDate.of(2027, 3, 29)).from("18:00").to("19:30").build();

        assertThat(winter.startsAt()).isEqualTo(Instant.parse("2027-03-26T17:00:00Z"));
        assertThat(summer.startsAt()).isEqualTo(Instant.parse("2027-03-29T16:00:00Z"));
        assertThat(summer.endsAt()).isEqualTo(Instant.parse("2027-03-29T17:30:00Z"));
    }

    @Test
    void autumnChangeGoesBackToCentralEuropeanTime() {
        CohortSession before = aSession().on(LocalDate.of(2026, 10, 23)).from("18:00").to("19:00").build();
        CohortSession after = aSession().on(LocalDate.of(2026, 10, 26)).from("18:00").to("19:00").build();

        assertThat(before.startsAt()).isEqualTo(Instant.parse("2026-10-23T16:00:00Z"));
        assertThat(after.startsAt()).isEqualTo(Instant.parse("2026-10-26T17:00:00Z"));
    }

    @Test
    void aSessionDuringTheNightOfTheChangeHasItsRealLength() {
        CohortSession night = aSession().on(LocalDate.of(2027, 3, 28)).from("01:30").to("03:30").build();

        assertThat(night.length()).as("02:00-03:00 does not exist that night").isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theLocalViewGivesBackWhatWasEntered() {
        CohortSession session = aSession().on(LocalDate.of(2027, 3, 29)).from("18:00").to("19:30").build();

        assertThat(session.plan().date()).isEqualTo(LocalDate.of(2027, 3, 29));
        assertThat(session.plan().start()).isEqualTo(LocalTime.of(18, 0));
        assertThat(session.plan().end()).isEqualTo(LocalTime.of(19, 30));
    }

    @Test
    void rescheduleMovesTheInstantsAndKeepsTheRule() {
        CohortSession session = aSession().on(LocalDate.of(2027, 3, 26)).build();

        session.reschedule(aSession().titled("Verschoben").on(LocalDate.of(2027, 4, 2)).from("09:00").to("10:00").plan());

        assertThat(session.title()).isEqualTo("Verschoben");
        assertThat(session.startsAt()).isEqualTo(Instant.parse("2027-04-02T07:00:00Z"));
        assertThatThrownBy(() -> session.reschedule(aSession().from("10:00").to("09:00").plan()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSessionHasStartedFromItsFirstMinute() {
        CohortSession session = aSession().on(LocalDate.of(2027, 3, 29)).from("18:00").build();

        assertThat(session.hasStarted(Instant.parse("2027-03-29T15:59:59Z"))).isFalse();
        assertThat(session.hasStarted(Instant.parse("2027-03-29T16:00:00Z"))).isTrue();
    }
}
