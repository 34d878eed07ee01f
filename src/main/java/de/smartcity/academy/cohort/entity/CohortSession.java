package de.smartcity.academy.cohort.entity;

import de.smartcity.academy.platform.time.ClockProducer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * A live (online) session of a cohort. Start and end are instants; people see and enter them as
 * Europe/Berlin wall-clock times ({@link SessionPlan}). The end is always after the start.
 */
@Entity
@Table(name = "cohort_session")
public class CohortSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false, updatable = false)
    private Long cohortId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "module_id", length = 100)
    private String moduleId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "meeting_url", nullable = false, length = 500)
    private String meetingUrl;

    @Version
    private long version;

    protected CohortSession() {}

    public CohortSession(long cohortId, SessionPlan plan) {
        this.cohortId = cohortId;
        reschedule(plan);
    }

    /** New title, link or time; attendance already recorded stays with the session. */
    public final void reschedule(SessionPlan plan) {
        Instant start = plan.startsAt();
        Instant end = plan.endsAt();
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A session ends after it starts: " + start + " / " + end);
        }
        title = plan.title();
        moduleId = plan.moduleId();
        meetingUrl = plan.meetingUrl();
        startsAt = start;
        endsAt = end;
    }

    /** Only sessions that have begun count for the attendance rate. */
    public boolean hasStarted(Instant now) {
        return !startsAt.isAfter(now);
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    public ZonedDateTime localStart() {
        return startsAt.atZone(ClockProducer.ZONE);
    }

    public ZonedDateTime localEnd() {
        return endsAt.atZone(ClockProducer.ZONE);
    }

    public SessionPlan plan() {
        LocalDate date = localStart().toLocalDate();
        LocalTime start = localStart().toLocalTime();
        return new SessionPlan(title, moduleId, date, start, localEnd().toLocalTime(), meetingUrl);
    }

    public Long id() {
        return id;
    }

    public long cohortId() {
        return cohortId;
    }

    public String title() {
        return title;
    }

    public String moduleId() {
        return moduleId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String meetingUrl() {
        return meetingUrl;
    }

    /** Grows with every change; calendars use it as the event's SEQUENCE. */
    public long version() {
        return version;
    }
}
