package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.entity.Cohort;
import de.smartcity.academy.cohort.entity.CohortSession;
import de.smartcity.academy.cohort.entity.Participant;
import de.smartcity.academy.cohort.entity.ParticipantStatus;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Sessions and enrolled people of a cohort, and which of those people a caller may see: managers
 * everyone, HR its organisation subtree, everybody else only themselves (as {@link Participants}).
 */
@ApplicationScoped
class SessionRoster {

    /** An enrolled participant with their person. */
    record Member(Participant participant, Person person) implements java.io.Serializable {}

    @PersistenceContext EntityManager em;
    @Inject CohortAccess access;

    CohortSession session(long cohortId, long sessionId) {
        CohortSession session = em.find(CohortSession.class, sessionId);
        if (session == null || session.cohortId() != cohortId) {
            throw new NotFound("Termin");
        }
        return session;
    }

    List<CohortSession> sessions(long cohortId) {
        return em.createQuery("select s from CohortSession s where s.cohortId = :cohort order by s.startsAt, s.id",
                CohortSession.class).setParameter("cohort", cohortId).getResultList();
    }

    /** Enrolled participants the caller may see, by name. */
    List<Member> enrolled(Caller caller, Cohort cohort) {
        boolean all = access.manages(caller, cohort);
        // the organisation is selected too so that reading its name and path costs no query per person
        return em.createQuery("select p, per, o from Participant p, Person per join per.organisation o"
                        + " where per.id = p.personId and p.cohortId = :cohort and p.status = :enrolled"
                        + " order by per.familyName, per.givenName, p.id", Object[].class)
                .setParameter("cohort", cohort.id()).setParameter("enrolled", ParticipantStatus.ENROLLED)
                .getResultStream().map(row -> new Member((Participant) row[0], (Person) row[1]))
                .filter(member -> all || sees(caller, member.person()))
                .toList();
    }

    boolean isEnrolled(Caller caller, long cohortId) {
        return !em.createQuery("select p.id from Participant p where p.cohortId = :cohort and p.personId = :me"
                        + " and p.status = :enrolled", Long.class)
                .setParameter("cohort", cohortId).setParameter("me", caller.personId())
                .setParameter("enrolled", ParticipantStatus.ENROLLED).getResultList().isEmpty();
    }

    private static boolean sees(Caller caller, Person person) {
        return person.id() == caller.personId()
                || (caller.has(Role.HR) && caller.covers(person.organisation().path()));
    }
}
