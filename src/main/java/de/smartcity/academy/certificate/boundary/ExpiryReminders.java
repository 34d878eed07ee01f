package de.smartcity.academy.certificate.boundary;

import de.smartcity.academy.certificate.entity.Certificate;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.platform.mail.Mailer;
import de.smartcity.academy.platform.startup.AcademyStarted;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds holders 90, 30 and 7 days before a certificate expires (annual trainings). Each
 * reminder is claimed with a conditional update, so it goes out once, also with several nodes.
 */
@ApplicationScoped
public class ExpiryReminders {

    static final List<Integer> DAYS_BEFORE = List.of(90, 30, 7);
    private static final Logger LOG = Logger.getLogger(ExpiryReminders.class.getName());

    @PersistenceContext EntityManager em;
    @Inject Mailer mailer;
    @Inject Clock clock;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "academy.reminders.interval.seconds", defaultValue = "900")
    long intervalSeconds;

    private ScheduledFuture<?> task;

    void onStart(@Observes AcademyStarted started) {
        task = scheduler.scheduleWithFixedDelay(this::runSafely, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

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
                        + " and c.personId is not null", Certificate.class)
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

    void runSafely() {
        try {
            remind();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=certificate.expiry.reminders.failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
