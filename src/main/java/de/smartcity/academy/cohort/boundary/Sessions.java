package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.control.SessionCalendar;
import de.smartcity.academy.cohort.entity.Cohort;
import de.smartcity.academy.cohort.entity.CohortSession;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.platform.error.Conflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/** Live sessions of a cohort: planned by its trainers, seen by everyone who sees the cohort. */
@ApplicationScoped
@Transactional
public class Sessions {

    private static final Logger LOG = Logger.getLogger(Sessions.class.getName());

    @PersistenceContext EntityManager em;
    @Inject CohortAccess access;
    @Inject SessionRoster roster;
    @Inject Clock clock;

    public List<SessionView> list(@NotNull Caller caller, long cohortId) {
        Cohort cohort = access.visible(caller, cohortId);
        return roster.sessions(cohort.id()).stream().map(SessionView::of).toList();
    }

    public SessionView create(@NotNull Caller caller, long cohortId, @NotNull @Valid SessionForm form) {
        Cohort cohort = access.managedLocked(caller, cohortId);
        CohortSession session = new CohortSession(cohort.id(), form.plan());
        em.persist(session);
        em.flush();
        LOG.info(() -> "event=session.created user=" + caller.username() + " cohort=" + cohortId + " session=" + session.id());
        return SessionView.of(session);
    }

    public SessionView update(@NotNull Caller caller, long cohortId, long sessionId, @NotNull @Valid SessionForm form) {
        access.managedLocked(caller, cohortId);
        CohortSession session = roster.session(cohortId, sessionId);
        session.reschedule(form.plan());
        em.flush();
        return SessionView.of(session);
    }

    /** Refused once attendance is recorded: deleting it would silently change everybody's rate. */
    public void delete(@NotNull Caller caller, long cohortId, long sessionId) {
        access.managedLocked(caller, cohortId);
        CohortSession session = roster.session(cohortId, sessionId);
        long recorded = em.createQuery("select count(a) from Attendance a where a.sessionId = :session", Long.class)
                .setParameter("session", sessionId).getSingleResult();
        if (recorded > 0) {
            throw new Conflict("Für diesen Termin ist schon Anwesenheit erfasst; bitte verschieben statt löschen."
                    + " / Attendance is recorded for this session; reschedule it instead.");
        }
        em.remove(session);
        LOG.info(() -> "event=session.deleted user=" + caller.username() + " cohort=" + cohortId + " session=" + sessionId);
    }

    /** The calendar file, for the cohort's enrolled participants, its trainers and admins only. */
    public String calendar(@NotNull Caller caller, long cohortId) {
        Cohort cohort = access.visible(caller, cohortId);
        if (!access.manages(caller, cohort) && !roster.isEnrolled(caller, cohortId)) {
            throw new NotEnrolled();
        }
        return SessionCalendar.of(cohort.title(), roster.sessions(cohortId), clock.instant());
    }
}
