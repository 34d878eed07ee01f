package de.smartcity.academy.cohort.control;

import static de.smartcity.academy.cohort.entity.SessionBuilder.aSession;
import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.cohort.entity.CohortSession;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

class SessionCalendarTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    private final List<CohortSession> sessions = List.of(
            aSession().withId(7).titled("Auftakt: Daten in der Kommune").inModule("m1-daten")
                    .on(LocalDate.of(2027, 3, 26)).from("18:00").to("19:30").build(),
            aSession().withId(8).titled("Offene Sprechstunde, Fragen; Antworten")
                    .on(LocalDate.of(2027, 3, 29)).from("18:00").to("19:30")
                    .meetingAt("https://meet.example.org/room?id=42&lang=de").build());

    @Test
    void eventsKeepTheirBerlinTimesAcrossTheClockChange() throws Exception {
        Calendar calendar = parse(SessionCalendar.of("Smart City Manager – Frühjahr 2027", sessions, NOW));

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        assertThat(start(events.get(0))).isEqualTo(Instant.parse("2027-03-26T17:00:00Z"));
        assertThat(start(events.get(1))).isEqualTo(Instant.parse("2027-03-29T16:00:00Z"));
        for (VEvent event : events) {
            DtStart<?> start = event.getProperty(Property.DTSTART).map(p -> (DtStart<?>) p).orElseThrow();
            assertThat(start.getParameter("TZID")).get().extracting(Object::toString).asString().contains("Europe/Berlin");
        }
    }

    @Test
    void theFileCarriesTheTimeZoneAndStableUids() throws Exception {
        String ics = SessionCalendar.of("Kohorte", sessions, NOW);
        Calendar calendar = parse(ics);

        assertThat(calendar.validate().getEntries()).as("RFC 5545 as ical4j checks it").isEmpty();
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).hasSize(1);
        assertThat(zones.get(0).getTimeZoneId().getValue()).isEqualTo("Europe/Berlin");
        assertThat(ics).contains("DTSTART;TZID=Europe/Berlin:20270326T180000")
                .contains("DTEND;TZID=Europe/Berlin:20270329T193000");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue())
                .containsExactly("cohort-session-7@smartcity-academy.example", "cohort-session-8@smartcity-academy.example");
        assertThat(SessionCalendar.of("Kohorte", sessions, NOW.plusSeconds(3600)))
                .as("same UIDs on the next download").contains("UID:cohort-session-7@smartcity-academy.example");
    }

    @Test
    void summaryLinkAndDescriptionSurviveEscaping() throws Exception {
        VEvent second = parse(SessionCalendar.of("Kohorte", sessions, NOW)).<VEvent>getComponents("VEVENT").get(1);

        assertThat(value(second, Property.SUMMARY)).isEqualTo("Offene Sprechstunde, Fragen; Antworten");
        assertThat(value(second, Property.URL)).isEqualTo("https://meet.example.org/room?id=42&lang=de");
        assertThat(value(second, Property.LOCATION)).isEqualTo("https://meet.example.org/room?id=42&lang=de");
        assertThat(value(second, Property.DESCRIPTION)).contains("Kohorte").contains("https://meet.example.org/room");
        VEvent first = parse(SessionCalendar.of("Kohorte", sessions, NOW)).<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(first, Property.DESCRIPTION)).contains("Modul: m1-daten");
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static Instant start(VEvent event) {
        Temporal start = event.getDateTimeStart().getDate();
        return ((ZonedDateTime) start).toInstant();
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow();
    }
}
