package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.entity.Cohort;
import de.smartcity.academy.cohort.entity.Participant;
import de.smartcity.academy.cohort.entity.ParticipantStatus;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.platform.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The e-mails of the registration process, in the person's language. They are queued in the same
 * transaction (sent only if it commits) and delivered afterwards, so a mail outage never blocks
 * or rolls back an enrolment.
 */
@ApplicationScoped
class CohortNotifications {

    @PersistenceContext EntityManager em;
    @Inject Mailer mailer;

    void applicationReceived(Participant participant, Cohort cohort) {
        send(participant, "application.received", cohort.title());
        if (participant.status() == ParticipantStatus.ENROLLED) {
            approved(participant, cohort);
        }
    }

    void approved(Participant participant, Cohort cohort) {
        send(participant, participant.status() == ParticipantStatus.WAITLISTED ? "application.waitlisted"
                : "application.approved", cohort.title(), date(cohort, participant));
    }

    void declined(Participant participant, Cohort cohort) {
        send(participant, "application.declined", cohort.title(), participant.reason() == null ? "–" : participant.reason());
    }

    void promoted(Participant participant, Cohort cohort) {
        send(participant, "waitlist.promoted", cohort.title(), date(cohort, participant));
    }

    private String date(Cohort cohort, Participant participant) {
        Person person = em.find(Person.class, participant.personId());
        return cohort.startsOn().format(DateTimeFormatter.ofPattern("d. MMMM yyyy", person.language().locale()));
    }

    /** A trainer's reminder to a participant, with the trainer's own words. */
    void reminder(Participant participant, Cohort cohort, String text) {
        send(participant, "reminder.progress", cohort.title(), text);
    }

    private void send(Participant participant, String template, Object... arguments) {
        Person person = em.find(Person.class, participant.personId());
        Object[] withName = new Object[arguments.length + 1];
        withName[0] = person.displayName();
        System.arraycopy(arguments, 0, withName, 1, arguments.length);
        mailer.send(person.email(), person.displayName(), person.language().name().toLowerCase(Locale.ROOT),
                template, withName);
    }
}
