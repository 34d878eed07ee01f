package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.entity.Cohort;
import de.smartcity.academy.cohort.entity.Participant;
import de.smartcity.academy.cohort.entity.ParticipantStatus;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is in a cohort, as far as the caller may know: trainers and admins see everyone, HR only
 * people of its own organisation subtree, learners only themselves.
 */
@ApplicationScoped
@Transactional
public class Participants {

    @PersistenceContext EntityManager em;
    @Inject CohortAccess access;

    public Page<ParticipantView> list(@NotNull Caller caller, long cohortId, ParticipantStatus status, int page, int size) {
        Cohort cohort = access.visible(caller, cohortId);
        String where = " from Participant p, Person per where per.id = p.personId and p.cohortId = :cohort"
                + (status == null ? "" : " and p.status = :status")
                + restriction(caller, cohort);
        long total = bind(em.createQuery("select count(p)" + where, Long.class), caller, cohort, status).getSingleResult();
        List<ParticipantView> items = bind(em.createQuery("select p, per" + where
                        + " order by p.status, p.waitlistedAt, per.familyName, per.givenName, p.id", Object[].class),
                caller, cohort, status)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultStream().map(row -> ParticipantViews.of((Participant) row[0], (Person) row[1])).toList();
        return new Page<>(items, page, size, total);
    }

    /** The caller's own place in each of these cohorts (one query, whatever the number of cohorts). */
    public Map<Long, ParticipantView> own(@NotNull Caller caller, Collection<Long> cohortIds) {
        if (cohortIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, ParticipantView> own = new HashMap<>();
        em.createQuery("select p, per from Participant p, Person per where per.id = p.personId"
                        + " and p.personId = :me and p.cohortId in :cohorts", Object[].class)
                .setParameter("me", caller.personId()).setParameter("cohorts", cohortIds)
                .getResultStream().forEach(row -> own.put(((Participant) row[0]).cohortId(),
                        ParticipantViews.of((Participant) row[0], (Person) row[1])));
        return own;
    }

    private String restriction(Caller caller, Cohort cohort) {
        if (access.manages(caller, cohort)) {
            return "";
        }
        return caller.has(Role.HR) ? " and (per.organisation.path like :prefix or p.personId = :me)" : " and p.personId = :me";
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, Caller caller, Cohort cohort, ParticipantStatus status) {
        query.setParameter("cohort", cohort.id());
        if (status != null) {
            query.setParameter("status", status);
        }
        if (!access.manages(caller, cohort)) {
            query.setParameter("me", caller.personId());
            if (caller.has(Role.HR)) {
                query.setParameter("prefix", caller.scopePath() + "%");
            }
        }
        return query;
    }
}
