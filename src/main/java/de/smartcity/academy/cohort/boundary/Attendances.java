package de.smartcity.academy.cohort.boundary;

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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Attendance at live sessions: trainers record it per person or for the whole session at once
 * (all or nothing), only for enrolled participants; rates are read by trainers (everyone), HR (its
 * organisation subtree) and learners (themselves). Present or absent can only be said of a session
 * that has started; an excuse may come in advance.
 */
@ApplicationScoped
@Transactional
public class Attendances {

    private static final Logger LOG = Logger.getLogger(Attendances.class.getName());

    @PersistenceContext EntityManager em;
    @Inject CohortAccess access;
    @Inject SessionRoster roster;
    @Inject AttendanceRates rates;
    @Inject Clock clock;

    public List<AttendanceView> ofSession(@NotNull Caller caller, long cohortId, long sessionId) {
        Cohort cohort = access.visible(caller, cohortId);
        roster.session(cohortId, sessionId);
        Map<Long, Attendance> recorded = recorded(sessionId);
        return roster.enrolled(caller, cohort).stream()
                .map(m -> AttendanceView.of(sessionId, m, recorded.get(m.participant().id()))).toList();
    }

    public AttendanceView record(@NotNull Caller caller, long cohortId, long sessionId, long participantId,
                                 AttendanceStatus status) {
        List<AttendanceView> views = recordAll(caller, cohortId, sessionId, List.of(new AttendanceEntry(participantId, status)));
        return views.stream().filter(v -> v.participantId() == participantId).findFirst().orElseThrow();
    }

    /** All entries or none: one unknown participant or missing status rejects the whole list. */
    public List<AttendanceView> recordAll(@NotNull Caller caller, long cohortId, long sessionId,
                                          @NotNull List<AttendanceEntry> entries) {
        Cohort cohort = access.managedLocked(caller, cohortId);
        CohortSession session = roster.session(cohortId, sessionId);
        Map<Long, SessionRoster.Member> enrolled = enrolledById(caller, cohort);
        check(entries, enrolled.keySet(), session, clock.instant());
        Map<Long, Attendance> recorded = recorded(sessionId);
        Instant now = clock.instant();
        for (AttendanceEntry entry : entries) {
            Attendance attendance = recorded.computeIfAbsent(entry.participantId(), id -> new Attendance(sessionId, id));
            attendance.record(entry.status(), caller.username(), now);
            store(attendance);
        }
        em.flush();
        LOG.info(() -> "event=attendance.recorded user=" + caller.username() + " cohort=" + cohortId
                + " session=" + sessionId + " entries=" + entries.size());
        return entries.stream().map(e -> AttendanceView.of(sessionId, enrolled.get(e.participantId()),
                recorded.get(e.participantId()))).toList();
    }

    /**
     * Rates of the participants the caller may see, and whether each is below the cohort's minimum.
     *
     * @param excusedCountsAsPresent whether the cohort's program accepts excused absences
     */
    public CohortAttendance rates(@NotNull Caller caller, long cohortId, boolean excusedCountsAsPresent) {
        Cohort cohort = access.visible(caller, cohortId);
        Map<Long, AttendanceRates.Tally> tallies = rates.tallies(cohortId, excusedCountsAsPresent);
        List<AttendanceRate> visible = roster.enrolled(caller, cohort).stream()
                .map(m -> rate(m, tallies.get(m.participant().id()), cohort.attendanceMinPercent())).toList();
        Instant now = clock.instant();
        int held = (int) roster.sessions(cohortId).stream().filter(s -> s.hasStarted(now)).count();
        return new CohortAttendance(cohortId, cohort.attendanceMinPercent(), excusedCountsAsPresent, held, visible);
    }

    private static AttendanceRate rate(SessionRoster.Member member, AttendanceRates.Tally tally, int minimum) {
        var person = member.person();
        Integer percent = tally.percent();
        return new AttendanceRate(member.participant().id(), person.id(), person.displayName(), person.email(),
                person.organisation().name(), tally.held(), tally.present(), tally.excused(), tally.absent(), percent,
                percent != null && percent < minimum);
    }

    /** New rows are persisted only once complete: some providers insert IDENTITY rows at persist time. */
    void store(Attendance attendance) {
        if (!em.contains(attendance)) {
            em.persist(attendance);
        }
    }

    Map<Long, Attendance> recorded(long sessionId) {
        return em.createQuery("select a from Attendance a where a.sessionId = :session", Attendance.class)
                .setParameter("session", sessionId).getResultStream()
                .collect(Collectors.toMap(Attendance::participantId, Function.identity()));
    }

    private Map<Long, SessionRoster.Member> enrolledById(Caller caller, Cohort cohort) {
        return roster.enrolled(caller, cohort).stream()
                .collect(Collectors.toMap(m -> m.participant().id(), Function.identity()));
    }

    private static void check(List<AttendanceEntry> entries, Set<Long> enrolled, CohortSession session, Instant now) {
        List<InvalidInput.Violation> violations = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            AttendanceEntry entry = entries.get(i);
            String field = "[" + i + "]";
            if (entry == null || entry.participantId() == null || entry.status() == null) {
                violations.add(new InvalidInput.Violation(field, "participantId und status sind Pflicht. / required"));
            } else if (!enrolled.contains(entry.participantId())) {
                violations.add(new InvalidInput.Violation(field + ".participantId",
                        "Nicht in dieser Kohorte eingeschrieben. / Not enrolled in this cohort."));
            } else if (!seen.add(entry.participantId())) {
                violations.add(new InvalidInput.Violation(field + ".participantId", "Doppelt. / Duplicate."));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput("Die Anwesenheitsliste ist ungültig; nichts wurde gespeichert."
                    + " / The attendance list is invalid; nothing was saved.", violations);
        }
        boolean onlyExcuses = entries.stream().allMatch(e -> e.status() == AttendanceStatus.EXCUSED);
        if (!session.hasStarted(now) && !onlyExcuses) {
            throw new Conflict("Der Termin hat noch nicht begonnen; vorab geht nur „entschuldigt“."
                    + " / The session has not started; only excuses can be recorded in advance.");
        }
    }
}
