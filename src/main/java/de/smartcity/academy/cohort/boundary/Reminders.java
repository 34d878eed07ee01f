package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.entity.Cohort;
import de.smartcity.academy.cohort.entity.CohortSession;
import de.smartcity.academy.cohort.entity.CohortStatus;
import de.smartcity.academy.cohort.entity.Participant;
import de.smartcity.academy.cohort.entity.ParticipantStatus;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.platform.mail.Mailer;
import de.smartcity.academy.platform.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The day-before reminder of each live session and the start notice of each cohort, to everyone
 * enrolled. Each is claimed with a conditional update before mails are queued, so it goes out
 * once even with several nodes, and only if the queuing transaction commits.
 */
@ApplicationScoped
@Transactional
public class Reminders {

    static final Duration AHEAD = Duration.ofHours(24);

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

    @PersistenceContext EntityManager em;
    @Inject Mailer mailer;
    @Inject Clock clock;

    /** Sessions that start within the next 24 hours and have not been announced. */
    public int remindSessions() {
        Instant now = clock.instant();
        List<CohortSession> due = em.createQuery("select s from CohortSession s where s.startsAt > :now"
                        + " and s.startsAt <= :until", CohortSession.class)
                .setParameter("now", now).setParameter("until", now.plus(AHEAD)).getResultList();
        int sent = 0;
        for (CohortSession session : due) {
            if (claim("update cohort_session set reminder_sent_at = ? where id = ? and reminder_sent_at is null",
                    session.id(), now)) {
                Cohort cohort = em.find(Cohort.class, session.cohortId());
                sent += forEnrolled(cohort, person -> mailer.send(person.email(), person.displayName(),
                        language(person), "session.reminder", person.displayName(), cohort.title(), session.title(),
                        when(session, person), session.meetingUrl()));
            }
        }
        return sent;
    }

    /** Cohorts that start tomorrow (or today) and have not been announced. */
    public int announceStarts() {
        LocalDate today = LocalDate.now(clock);
        List<Cohort> starting = em.createQuery("select c from Cohort c where c.status in :active"
                        + " and c.startsOn >= :today and c.startsOn <= :tomorrow", Cohort.class)
                .setParameter("active", List.of(CohortStatus.OPEN, CohortStatus.RUNNING))
                .setParameter("today", today).setParameter("tomorrow", today.plusDays(1)).getResultList();
        int sent = 0;
        for (Cohort cohort : starting) {
            if (claim("update cohort set start_notice_sent_at = ? where id = ? and start_notice_sent_at is null",
                    cohort.id(), clock.instant())) {
                sent += forEnrolled(cohort, person -> mailer.send(person.email(), person.displayName(),
                        language(person), "cohort.starting", person.displayName(), cohort.title(),
                        cohort.startsOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(person.language().locale()))));
            }
        }
        return sent;
    }

    private boolean claim(String update, long id, Instant now) {
        return em.createNativeQuery(update).setParameter(1, Timestamp.from(now)).setParameter(2, id).executeUpdate() == 1;
    }

    private int forEnrolled(Cohort cohort, java.util.function.Consumer<Person> send) {
        List<Person> people = em.createQuery("select per from Participant p, Person per where per.id = p.personId"
                        + " and p.cohortId = :cohort and p.status = :enrolled", Person.class)
                .setParameter("cohort", cohort.id()).setParameter("enrolled", ParticipantStatus.ENROLLED)
                .getResultList();
        people.forEach(send);
        LOG.info(() -> "event=cohort.reminders cohort=" + cohort.id() + " recipients=" + people.size());
        return people.size();
    }

    private static String when(CohortSession session, Person person) {
        return session.startsAt().atZone(ClockProducer.ZONE).format(DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(person.language().locale()));
    }

    private static String language(Person person) {
        return person.language().name().toLowerCase(Locale.ROOT);
    }
}
