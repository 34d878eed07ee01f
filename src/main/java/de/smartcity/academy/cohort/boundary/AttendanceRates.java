package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.entity.Attendance;
import de.smartcity.academy.cohort.entity.AttendanceStatus;
import de.smartcity.academy.cohort.entity.CohortSession;
import de.smartcity.academy.cohort.entity.ParticipantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Attendance rate of each enrolled participant: sessions counted as present / sessions that have
 * started, as a whole percent rounded down. A session without an entry counts as not present.
 * No access checks: callers (boundaries) have done them.
 */
@ApplicationScoped
class AttendanceRates {

    /** Counts over the sessions held so far; {@code counted} is what the rate divides. */
    record Tally(int held, int present, int excused, int absent, int counted) implements java.io.Serializable {

        Integer percent() {
            return AttendanceRate.percent(counted, held);
        }
    }

    @PersistenceContext EntityManager em;
    @Inject SessionRoster roster;
    @Inject Clock clock;

    /** Percent per participant id (excused absences do not count); empty while no session has started. */
    Map<Long, Integer> ratesByParticipant(long cohortId) {
        Map<Long, Integer> rates = new HashMap<>();
        tallies(cohortId, false).forEach((participant, tally) -> {
            if (tally.percent() != null) {
                rates.put(participant, tally.percent());
            }
        });
        return rates;
    }

    /** A tally for every enrolled participant of the cohort, by participant id. */
    Map<Long, Tally> tallies(long cohortId, boolean excusedCountsAsPresent) {
        Instant now = clock.instant();
        Set<Long> held = roster.sessions(cohortId).stream().filter(s -> s.hasStarted(now)).map(CohortSession::id)
                .collect(Collectors.toSet());
        Map<Long, List<Attendance>> records = held.isEmpty() ? Map.of()
                : em.createQuery("select a from Attendance a where a.sessionId in :held", Attendance.class)
                        .setParameter("held", held).getResultStream()
                        .collect(Collectors.groupingBy(Attendance::participantId));
        Map<Long, Tally> tallies = new HashMap<>();
        em.createQuery("select p.id from Participant p where p.cohortId = :cohort and p.status = :enrolled", Long.class)
                .setParameter("cohort", cohortId).setParameter("enrolled", ParticipantStatus.ENROLLED)
                .getResultList()
                .forEach(id -> tallies.put(id, tally(records.getOrDefault(id, List.of()), held.size(), excusedCountsAsPresent)));
        return tallies;
    }

    private static Tally tally(List<Attendance> records, int held, boolean excusedCountsAsPresent) {
        return new Tally(held, count(records, AttendanceStatus.PRESENT), count(records, AttendanceStatus.EXCUSED),
                count(records, AttendanceStatus.ABSENT),
                (int) records.stream().filter(a -> a.countsAsPresent(excusedCountsAsPresent)).count());
    }

    private static int count(List<Attendance> records, AttendanceStatus status) {
        return (int) records.stream().filter(a -> a.status() == status).count();
    }
}
