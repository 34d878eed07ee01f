package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.entity.Cohort;
import de.smartcity.academy.cohort.entity.Participant;
import de.smartcity.academy.cohort.entity.ParticipantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the features above cohorts (certificates, reports) need to know about a person's program
 * run: the cohort and the attendance against its rule. No access checks: callers have done them.
 */
@ApplicationScoped
@Transactional
public class ProgramParticipation {

    /** @param attendancePercent null while no session has taken place */
    public record Enrolled(long cohortId, String cohortTitle, String programIri, long participantId, long personId,
                           Integer attendancePercent, int attendanceMinPercent) {

        public boolean meetsAttendanceRule() {
            return attendancePercent != null && attendancePercent >= attendanceMinPercent;
        }
    }

    @PersistenceContext EntityManager em;
    @Inject AttendanceRates rates;

    public List<Enrolled> enrolled(long cohortId) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null) {
            return List.of();
        }
        Map<Long, Integer> attendance = rates.ratesByParticipant(cohortId);
        return em.createQuery("select p from Participant p where p.cohortId = :cohort and p.status = :enrolled"
                        + " order by p.id", Participant.class)
                .setParameter("cohort", cohortId).setParameter("enrolled", ParticipantStatus.ENROLLED)
                .getResultStream().map(p -> enrolled(cohort, p, attendance)).toList();
    }

    /** The person's most recent cohort of this program in which they are enrolled. */
    public Optional<Enrolled> latestRun(long personId, String programIri) {
        return em.createQuery("select c, p from Cohort c, Participant p where p.cohortId = c.id"
                        + " and p.personId = :person and p.status = :enrolled and c.programIri = :program"
                        + " order by c.startsOn desc", Object[].class)
                .setParameter("person", personId).setParameter("enrolled", ParticipantStatus.ENROLLED)
                .setParameter("program", programIri).setMaxResults(1)
                .getResultStream().findFirst()
                .map(row -> {
                    Cohort cohort = (Cohort) row[0];
                    return enrolled(cohort, (Participant) row[1], rates.ratesByParticipant(cohort.id()));
                });
    }

    /** Program IRIs of the cohorts this person is enrolled in. */
    public List<String> programsOf(long personId) {
        return em.createQuery("select distinct c.programIri from Cohort c, Participant p where p.cohortId = c.id"
                        + " and p.personId = :person and p.status = :enrolled and c.programIri is not null", String.class)
                .setParameter("person", personId).setParameter("enrolled", ParticipantStatus.ENROLLED)
                .getResultList();
    }

    private static Enrolled enrolled(Cohort cohort, Participant participant, Map<Long, Integer> attendance) {
        return new Enrolled(cohort.id(), cohort.title(), cohort.programIri(), participant.id(), participant.personId(),
                attendance.get(participant.id()), cohort.attendanceMinPercent());
    }
}
