package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.entity.Cohort;
import de.smartcity.academy.cohort.entity.CohortStatus;
import de.smartcity.academy.cohort.entity.ParticipantStatus;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.control.Scope;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/** Planning and running cohorts: create, change, move through the life cycle, copy for the next run. */
@ApplicationScoped
@Transactional
public class Cohorts {

    private static final Logger LOG = Logger.getLogger(Cohorts.class.getName());

    @PersistenceContext EntityManager em;
    @Inject CohortAccess access;
    @Inject Scope scope;
    @Inject Clock clock;

    /** Admins see all cohorts, trainers their own, everybody else the open and running ones. */
    public Page<CohortView> list(@NotNull Caller caller, int page, int size) {
        String where = caller.has(Role.ADMIN) ? ""
                : caller.has(Role.TRAINER) ? " where :trainer member of c.trainerIds"
                : " where c.status in :public";
        TypedQuery<Long> count = em.createQuery("select count(c) from Cohort c" + where, Long.class);
        TypedQuery<Cohort> query = em.createQuery("select c from Cohort c" + where + " order by c.startsOn desc, c.id desc",
                Cohort.class);
        if (!caller.has(Role.ADMIN) && caller.has(Role.TRAINER)) {
            count.setParameter("trainer", caller.personId());
            query.setParameter("trainer", caller.personId());
        } else if (!caller.has(Role.ADMIN)) {
            count.setParameter("public", CohortAccess.PUBLIC);
            query.setParameter("public", CohortAccess.PUBLIC);
        }
        List<Cohort> cohorts = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<Long, SeatCount> counts = counts(cohorts.stream().map(Cohort::id).toList());
        List<CohortView> items = cohorts.stream()
                .map(c -> CohortView.of(c, counts.getOrDefault(c.id(), new SeatCount(0, 0, 0)))).toList();
        return new Page<>(items, page, size, count.getSingleResult());
    }

    public CohortView get(@NotNull Caller caller, long cohortId) {
        return view(access.visible(caller, cohortId));
    }

    /** The cohort for its management pages: admins and its own trainers only (another trainer gets 403). */
    public CohortView managed(@NotNull Caller caller, long cohortId) {
        Cohort cohort = access.visible(caller, cohortId);
        access.requireManages(caller, cohort);
        return view(cohort);
    }

    /** A trainer who plans a cohort runs it. */
    public CohortView create(@NotNull Caller caller, @NotNull @Valid CohortForm form) {
        scope.requireAny(caller, Role.TRAINER, Role.ADMIN);
        Set<Long> trainers = trainers(caller, form);
        Cohort cohort = new Cohort(form.plan(trainers), clock.instant());
        em.persist(cohort);
        em.flush();
        LOG.info(() -> "event=cohort.created user=" + caller.username() + " cohort=" + cohort.id());
        return view(cohort);
    }

    public CohortView update(@NotNull Caller caller, long cohortId, @NotNull @Valid CohortForm form) {
        Cohort cohort = access.managedLocked(caller, cohortId);
        SeatCount count = count(cohort.id());
        if (form.seats() < count.enrolled()) {
            throw new de.smartcity.academy.platform.error.Conflict("Es sind schon " + count.enrolled()
                    + " Personen eingeschrieben; weniger Plätze gehen nicht. / Fewer seats than enrolled people.");
        }
        cohort.plan(form.plan(trainers(caller, form)));
        return view(cohort);
    }

    public CohortView move(@NotNull Caller caller, long cohortId, @NotNull CohortStatus next) {
        Cohort cohort = access.managedLocked(caller, cohortId);
        cohort.moveTo(next);
        LOG.info(() -> "event=cohort.status user=" + caller.username() + " cohort=" + cohortId + " status=" + next);
        return view(cohort);
    }

    /** Plans the next run: same rules and trainers, dates shifted, no participants, status planned. */
    public CohortView copy(@NotNull Caller caller, long cohortId, @NotNull LocalDate newStart) {
        Cohort original = access.managedLocked(caller, cohortId);
        return create(caller, CohortForm.of(original.nextRun(newStart)));
    }

    SeatCount count(long cohortId) {
        return counts(List.of(cohortId)).getOrDefault(cohortId, new SeatCount(0, 0, 0));
    }

    /** Seat counts of several cohorts in one query (no query per row of a list). */
    private Map<Long, SeatCount> counts(List<Long> cohortIds) {
        if (cohortIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, long[]> tallies = new HashMap<>();
        em.createQuery("select p.cohortId, p.status, count(p) from Participant p where p.cohortId in :cohorts"
                        + " group by p.cohortId, p.status", Object[].class)
                .setParameter("cohorts", cohortIds).getResultList()
                .forEach(row -> {
                    long[] tally = tallies.computeIfAbsent((Long) row[0], id -> new long[3]);
                    switch ((ParticipantStatus) row[1]) {
                        case ENROLLED -> tally[0] = (Long) row[2];
                        case WAITLISTED -> tally[1] = (Long) row[2];
                        case APPLIED -> tally[2] = (Long) row[2];
                        default -> { }
                    }
                });
        Map<Long, SeatCount> counts = new HashMap<>();
        tallies.forEach((id, t) -> counts.put(id, new SeatCount(t[0], t[1], t[2])));
        return counts;
    }

    private CohortView view(Cohort cohort) {
        return CohortView.of(cohort, count(cohort.id()));
    }

    private static Set<Long> trainers(Caller caller, CohortForm form) {
        Set<Long> trainers = new HashSet<>(form.trainerIds() == null ? Set.of() : form.trainerIds());
        if (caller.has(Role.TRAINER) && !caller.has(Role.ADMIN)) {
            trainers.add(caller.personId());
        }
        return trainers;
    }
}
