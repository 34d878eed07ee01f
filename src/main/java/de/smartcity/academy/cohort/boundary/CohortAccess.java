package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.entity.Cohort;
import de.smartcity.academy.cohort.entity.CohortStatus;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.error.NotFound;
import de.smartcity.academy.platform.error.OutOfScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Who may do what with a cohort: admins everything, trainers only the cohorts they run, everybody
 * else only sees cohorts that are open or running.
 */
@ApplicationScoped
class CohortAccess {

    static final List<CohortStatus> PUBLIC = List.of(CohortStatus.OPEN, CohortStatus.RUNNING);

    @PersistenceContext EntityManager em;

    Cohort visible(Caller caller, long cohortId) {
        Cohort cohort = find(cohortId, LockModeType.NONE);
        if (!manages(caller, cohort) && !PUBLIC.contains(cohort.status())) {
            throw new NotFound("Kohorte");
        }
        return cohort;
    }

    /** The cohort, locked for this transaction: every seat decision goes through here. */
    Cohort managedLocked(Caller caller, long cohortId) {
        Cohort cohort = find(cohortId, LockModeType.PESSIMISTIC_WRITE);
        requireManages(caller, cohort);
        return cohort;
    }

    Cohort locked(long cohortId) {
        return find(cohortId, LockModeType.PESSIMISTIC_WRITE);
    }

    void requireManages(Caller caller, Cohort cohort) {
        if (!manages(caller, cohort)) {
            throw caller.has(Role.TRAINER) ? new OutOfScope() : new NotFound("Kohorte");
        }
    }

    boolean manages(Caller caller, Cohort cohort) {
        return caller.has(Role.ADMIN) || (caller.has(Role.TRAINER) && cohort.isRunBy(caller.personId()));
    }

    private Cohort find(long cohortId, LockModeType lock) {
        Cohort cohort = em.find(Cohort.class, cohortId, lock);
        if (cohort == null) {
            throw new NotFound("Kohorte");
        }
        return cohort;
    }
}
