package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.entity.CohortSession;
import de.smartcity.academy.cohort.entity.SessionPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A live session: the German wall-clock view for people, the instants for programs. */
public record SessionView(long id, long cohortId, String title, String moduleId, LocalDate date, LocalTime startTime,
                          LocalTime endTime, Instant startsAt, Instant endsAt, String meetingUrl) implements java.io.Serializable {

    static SessionView of(CohortSession session) {
        SessionPlan plan = session.plan();
        return new SessionView(session.id(), session.cohortId(), session.title(), session.moduleId(), plan.date(),
                plan.start(), plan.end(), session.startsAt(), session.endsAt(), session.meetingUrl());
    }
}
