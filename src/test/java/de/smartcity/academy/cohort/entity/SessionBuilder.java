package de.smartcity.academy.cohort.entity;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalTime;

/** Test data: {@code aSession().on(date).from("18:00").to("19:30").withId(7).build()}. */
public final class SessionBuilder {

    private long cohortId = 1;
    private Long id;
    private String title = "Live-Termin";
    private String moduleId;
    private LocalDate date = LocalDate.of(2027, 3, 29);
    private LocalTime start = LocalTime.of(18, 0);
    private LocalTime end = LocalTime.of(19, 30);
    private String meetingUrl = "https://meet.example.org/smart-city";

    private SessionBuilder() {}

    public static SessionBuilder aSession() {
        return new SessionBuilder();
    }

    public SessionBuilder withId(long value) {
        id = value;
        return this;
    }

    public SessionBuilder titled(String value) {
        title = value;
        return this;
    }

    public SessionBuilder inModule(String value) {
        moduleId = value;
        return this;
    }

    public SessionBuilder on(LocalDate value) {
        date = value;
        return this;
    }

    public SessionBuilder from(String value) {
        start = LocalTime.parse(value);
        return this;
    }

    public SessionBuilder to(String value) {
        end = LocalTime.parse(value);
        return this;
    }

    public SessionBuilder meetingAt(String value) {
        meetingUrl = value;
        return this;
    }

    public SessionPlan plan() {
        return new SessionPlan(title, moduleId, date, start, end, meetingUrl);
    }

    /** The id is normally given by the database; set here so calendars get their UIDs. */
    public CohortSession build() {
        CohortSession session = new CohortSession(cohortId, plan());
        if (id != null) {
            try {
                Field field = CohortSession.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(session, id);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return session;
    }
}
