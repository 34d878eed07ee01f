package de.smartcity.academy.certificate.boundary;

import de.smartcity.academy.certificate.entity.Certificate;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.platform.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Reminds holders 90, 30 and 7 days before a certificate expires (annual trainings), unless a newer
 * one for the same achievement was issued (renewed by a refresher). Each reminder is claimed with a
 * conditional update, so it goes out once, also with several nodes. {@link ExpiryReminderSchedule}
 * runs it.
 */
@ApplicationScoped
public class ExpiryReminders {

    static final List<Integer> DAYS_BEFORE = List.of(90, 30, 7);
    private static final Logger LOG = Logger.getLogger(ExpiryReminders.class.getName());

    @PersistenceContext EntityManager em;
    @Inject Mailer mailer;
    @Inject Clock clock;

    /** The reminder due today for a certificate expiring then: the smallest threshold already reached. */
    static Optional<Integer> due(LocalDate today, LocalDate expiresOn, Integer alreadyReminded) {
        long left = ChronoUnit.DAYS.between(today, expiresOn);
        return DAYS_BEFORE.stream().filter(days -> left >= 0 && left <= days)
                .filter(days -> alreadyReminded == null || days < alreadyReminded)
                .min(Integer::compare);
    }

    @Transactional
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        List<Certificate> candidates = em.createQuery("select c from Certificate c where c.expiresOn >= :today"
                        + " and c.expiresOn <= :horizon and c.revokedAt is null and c.supersededBy is null"
                        + " and c.personId is not null and not exists (select n.id from Certificate n"
                        + " where n.personId = c.personId and n.achievementIri = c.achievementIri"
                        + " and n.issuedAt > c.issuedAt and n.revokedAt is null)", Certificate.class)
                .setParameter("today", today).setParameter("horizon", today.plusDays(DAYS_BEFORE.get(0)))
                .getResultList();
        int sent = 0;
        for (Certificate certificate : candidates) {
            Optional<Integer> due = due(today, certificate.expiresOn(), certificate.remindedDays());
            if (due.isPresent() && claim(certificate.id(), due.get())) {
                Person person = em.find(Person.class, certificate.personId());
                mailer.send(person.email(), person.displayName(), person.language().name().toLowerCase(),
                        "certificate.expiring", person.displayName(), certificate.achievementTitle(),
                        certificate.expiresOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(person.language().locale())), due.get());
                sent++;
            }
        }
        if (sent > 0) {
            int count = sent;
            LOG.info(() -> "event=certificate.expiry.reminders count=" + count);
        }
        return sent;
    }

    private boolean claim(long id, int days) {
        return em.createNativeQuery("update certificate set reminded_days = ? where id = ?"
                        + " and (reminded_days is null or reminded_days > ?)")
                .setParameter(1, days).setParameter(2, id).setParameter(3, days).executeUpdate() == 1;
    }
}
