package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.control.ConferenceAttendance;
import de.smartcity.academy.cohort.control.ConferenceList;
import de.smartcity.academy.cohort.entity.Attendance;
import de.smartcity.academy.cohort.entity.AttendanceStatus;
import de.smartcity.academy.cohort.entity.Cohort;
import de.smartcity.academy.cohort.entity.CohortSession;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.platform.error.Conflict;
import de.smartcity.academy.platform.error.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Attendance of one session from a video-conference participant list, all or nothing: one
 * unreadable line and nothing is recorded. Present is who was connected at least the minimum
 * minutes (by default 75 % of the session, see {@link ConferenceAttendance#defaultMinimumMinutes});
 * enrolled participants who are not in the list are absent (an accepted excuse stays). Rows that
 * match nobody are returned for manual mapping.
 */
@ApplicationScoped
@Transactional
public class AttendanceImport {

    public record Report(boolean imported, int minimumMinutes, int present, int absent, int excused,
                         List<ConferenceAttendance.Unmatched> unmatched, List<ConferenceList.Rejected> rejected) implements java.io.Serializable {

        static Report rejected(List<ConferenceList.Rejected> rejected) {
            return new Report(false, 0, 0, 0, 0, List.of(), rejected);
        }
    }

    private static final int MAX_MINUTES = 24 * 60;
    private static final Logger LOG = Logger.getLogger(AttendanceImport.class.getName());

    @PersistenceContext EntityManager em;
    @Inject CohortAccess access;
    @Inject SessionRoster roster;
    @Inject Attendances attendances;
    @Inject Clock clock;

    /** @param minMinutes connected minutes that count as present; null for the default */
    public Report importCsv(@NotNull Caller caller, long cohortId, long sessionId, @NotNull String csv, Integer minMinutes) {
        Cohort cohort = access.managedLocked(caller, cohortId);
        CohortSession session = roster.session(cohortId, sessionId);
        int minimum = minimum(session, minMinutes);
        Instant now = clock.instant();
        if (!session.hasStarted(now)) {
            throw new Conflict("Der Termin hat noch nicht begonnen. / The session has not started yet.");
        }
        List<ConferenceList.Row> rows;
        try {
            rows = ConferenceList.read(csv);
        } catch (ConferenceList.Unreadable e) {
            return Report.rejected(e.rejected());
        }
        List<SessionRoster.Member> enrolled = roster.enrolled(caller, cohort);
        ConferenceAttendance.Result result = ConferenceAttendance.match(rows, enrolled.stream()
                .map(m -> new ConferenceAttendance.Enrolled(m.participant().id(), m.person().displayName(), m.person().email()))
                .toList());
        Map<Long, Attendance> recorded = attendances.recorded(sessionId);
        int[] tally = new int[3];
        for (SessionRoster.Member member : enrolled) {
            long id = member.participant().id();
            Attendance attendance = recorded.computeIfAbsent(id, p -> new Attendance(sessionId, p));
            attendance.imported(result.minutesOf(id) >= minimum, result.minutesOf(id), caller.username(), now);
            attendances.store(attendance);
            tally[attendance.status().ordinal()]++;
        }
        em.flush();
        LOG.info(() -> "event=attendance.imported user=" + caller.username() + " cohort=" + cohortId + " session="
                + sessionId + " rows=" + rows.size() + " unmatched=" + result.unmatched().size());
        return new Report(true, minimum, tally[AttendanceStatus.PRESENT.ordinal()], tally[AttendanceStatus.ABSENT.ordinal()],
                tally[AttendanceStatus.EXCUSED.ordinal()], result.unmatched(), List.of());
    }

    private static int minimum(CohortSession session, Integer minMinutes) {
        if (minMinutes == null) {
            return ConferenceAttendance.defaultMinimumMinutes(session.length());
        }
        if (minMinutes < 1 || minMinutes > MAX_MINUTES) {
            String message = "minMinutes muss zwischen 1 und " + MAX_MINUTES + " liegen. / minMinutes out of range.";
            throw new InvalidInput(message, List.of(new InvalidInput.Violation("minMinutes", message)));
        }
        return minMinutes;
    }
}
