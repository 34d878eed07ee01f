package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.entity.Approval;
import de.smartcity.academy.cohort.entity.Cohort;
import de.smartcity.academy.cohort.entity.Participant;
import de.smartcity.academy.cohort.entity.ParticipantStatus;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.control.Scope;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.error.Conflict;
import de.smartcity.academy.platform.error.InvalidInput;
import de.smartcity.academy.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Applications, seats and the waitlist. Every decision that may hand out a seat first locks the
 * cohort row; the seat count read after that lock is therefore exact, and the last seat goes to
 * exactly one person. A cancelled seat goes to the first person on the waitlist at once.
 */
@ApplicationScoped
@Transactional
public class Applications {

    private static final Logger LOG = Logger.getLogger(Applications.class.getName());

    @PersistenceContext EntityManager em;
    @Inject CohortAccess access;
    @Inject Cohorts cohorts;
    @Inject CohortNotifications notify;
    @Inject Scope scope;
    @Inject Clock clock;

    /** A learner applies; without required approval they get a seat or a waitlist place at once. */
    public ParticipantView apply(@NotNull Caller caller, long cohortId, String note) {
        scope.requireAny(caller, Role.LEARNER);
        Cohort cohort = access.locked(cohortId);
        if (!cohort.acceptsApplications(LocalDate.now(clock))) {
            throw new Conflict("Für diese Kohorte ist keine Anmeldung möglich. / This cohort is not open for applications.");
        }
        String cleanNote = freeText(note, "note");
        Participant participant = participant(cohortId, caller.personId()).map(existing -> {
            if (existing.status().holdsOrAwaitsSeat()) {
                throw new Conflict("Sie haben sich für diese Kohorte schon angemeldet. / You have already applied.");
            }
            existing.reapply(cleanNote, clock.instant());
            return existing;
        }).orElseGet(() -> {
            Participant created = new Participant(cohortId, caller.personId(), cleanNote, clock.instant());
            em.persist(created);
            return created;
        });
        if (cohort.approval() == Approval.NONE) {
            admit(cohort, participant, caller.username());
        }
        em.flush();
        LOG.info(() -> "event=cohort.applied person=" + caller.personId() + " cohort=" + cohortId
                + " status=" + participant.status());
        notify.applicationReceived(participant, cohort);
        return view(participant);
    }

    /** The trainer (or, for supervisor approval, the applicant's HR) approves: seat or waitlist. */
    public ParticipantView approve(@NotNull Caller caller, long cohortId, long participantId) {
        Cohort cohort = access.locked(cohortId);
        Participant participant = decidable(caller, cohort, participantId);
        admit(cohort, participant, caller.username());
        notify.approved(participant, cohort);
        return view(participant);
    }

    public ParticipantView decline(@NotNull Caller caller, long cohortId, long participantId, String reason) {
        Cohort cohort = access.locked(cohortId);
        Participant participant = decidable(caller, cohort, participantId);
        participant.decline(caller.username(), freeText(reason, "reason"), clock.instant());
        notify.declined(participant, cohort);
        return view(participant);
    }

    /** The participant themself, or the cohort's trainer, cancels; a freed seat goes to the waitlist. */
    public ParticipantView cancel(@NotNull Caller caller, long cohortId, long participantId, String reason) {
        Cohort cohort = access.locked(cohortId);
        Participant participant = inCohort(cohortId, participantId);
        if (participant.personId() != caller.personId()) {
            access.requireManages(caller, cohort);
        }
        if (participant.cancel(caller.username(), reason, clock.instant())) {
            promoteFirstWaiting(cohort);
        }
        LOG.info(() -> "event=cohort.cancelled user=" + caller.username() + " cohort=" + cohortId
                + " participant=" + participantId);
        return view(participant);
    }

    /** A trainer enrols a person directly (no application needed); full cohorts put them on the waitlist. */
    public ParticipantView enrol(@NotNull Caller caller, long cohortId, long personId) {
        Cohort cohort = access.managedLocked(caller, cohortId);
        if (em.find(Person.class, personId) == null) {
            throw new NotFound("Person");
        }
        Participant participant = participant(cohortId, personId).orElseGet(() -> {
            Participant created = new Participant(cohortId, personId, null, clock.instant());
            em.persist(created);
            return created;
        });
        if (participant.status().holdsOrAwaitsSeat() && participant.status() != ParticipantStatus.APPLIED) {
            throw new Conflict("Die Person ist schon in dieser Kohorte. / Already in this cohort.");
        }
        if (participant.status() != ParticipantStatus.APPLIED) {
            participant.reapply(null, clock.instant());
        }
        admit(cohort, participant, caller.username());
        em.flush();
        notify.approved(participant, cohort);
        return view(participant);
    }

    void admit(Cohort cohort, Participant participant, String by) {
        long enrolled = cohorts.count(cohort.id()).enrolled();
        participant.admit(enrolled < cohort.seats(), clock.instant());
        participant.decide(by, clock.instant());
        em.flush();
    }

    private void promoteFirstWaiting(Cohort cohort) {
        em.flush();
        em.createQuery("select p from Participant p where p.cohortId = :cohort and p.status = :waiting"
                        + " order by p.waitlistedAt, p.id", Participant.class)
                .setParameter("cohort", cohort.id()).setParameter("waiting", ParticipantStatus.WAITLISTED)
                .setMaxResults(1).getResultStream().findFirst()
                .ifPresent(next -> {
                    next.promote();
                    LOG.info(() -> "event=cohort.promoted cohort=" + cohort.id() + " participant=" + next.id());
                    notify.promoted(next, cohort);
                });
    }

    /** A note or reason as stored: stripped, blank as null, at most 1000 characters. */
    private static String freeText(String text, String field) {
        String clean = text == null || text.isBlank() ? null : text.strip();
        if (clean != null && clean.length() > 1000) {
            throw new InvalidInput("Der Text ist zu lang. / The text is too long.",
                    List.of(new InvalidInput.Violation(field, "höchstens 1000 Zeichen / at most 1000 characters")));
        }
        return clean;
    }

    private Participant decidable(Caller caller, Cohort cohort, long participantId) {
        Participant participant = inCohort(cohort.id(), participantId);
        boolean supervisor = cohort.approval() == Approval.SUPERVISOR && caller.has(Role.HR)
                && caller.covers(em.find(Person.class, participant.personId()).organisation().path());
        if (!supervisor) {
            access.requireManages(caller, cohort);
        }
        return participant;
    }

    private Participant inCohort(long cohortId, long participantId) {
        Participant participant = em.find(Participant.class, participantId);
        if (participant == null || participant.cohortId() != cohortId) {
            throw new NotFound("Anmeldung");
        }
        return participant;
    }

    private Optional<Participant> participant(long cohortId, long personId) {
        return em.createQuery("select p from Participant p where p.cohortId = :cohort and p.personId = :person",
                        Participant.class)
                .setParameter("cohort", cohortId).setParameter("person", personId)
                .getResultStream().findFirst();
    }

    ParticipantView view(Participant participant) {
        Person person = em.find(Person.class, participant.personId());
        return ParticipantViews.of(participant, person);
    }
}
