package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.entity.Attendance;
import java.time.Instant;

/**
 * A participant's attendance at one session; status, source and recording are null while nothing
 * is recorded. {@code minutes} is the connected time from an imported conference list.
 */
public record AttendanceView(long sessionId, long participantId, long personId, String name, String email,
                             String organisation, String status, Integer minutes, String source, Instant recordedAt,
                             String recordedBy) implements java.io.Serializable {

    static AttendanceView of(long sessionId, SessionRoster.Member member, Attendance attendance) {
        var person = member.person();
        return new AttendanceView(sessionId, member.participant().id(), person.id(), person.displayName(),
                person.email(), person.organisation().name(),
                attendance == null ? null : attendance.status().name(),
                attendance == null ? null : attendance.minutes(),
                attendance == null ? null : attendance.source().name(),
                attendance == null ? null : attendance.recordedAt(),
                attendance == null ? null : attendance.recordedBy());
    }
}
