package de.smartcity.academy.report.boundary;

import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.entity.Account;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.platform.error.Conflict;
import de.smartcity.academy.platform.error.NotFound;
import de.smartcity.academy.platform.mail.Mailer;
import de.smartcity.academy.platform.time.ClockProducer;
import de.smartcity.academy.report.entity.ReportAudit;
import de.smartcity.academy.report.entity.ReportSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Monthly completion reports by e-mail: HR subscribes with the filters on screen; on the first of
 * each month the subscriber gets a link (valid {@value #LINK_DAYS} days, login required) to download
 * the report as it is at that moment.
 */
@ApplicationScoped
@Transactional
public class ReportSubscriptions {

    public static final int LINK_DAYS = 14;
    static final int MAX_PER_USER = 10;
    private static final Logger LOG = Logger.getLogger(ReportSubscriptions.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext EntityManager em;
    @Inject ReportScope reportScope;
    @Inject Mailer mailer;
    @Inject Clock clock;
    @Inject @ConfigProperty(name = "academy.base-url", defaultValue = "http://localhost:8080") String baseUrl;

    public ReportSubscription subscribe(@NotNull Caller caller, @NotNull ReportFilter filter) {
        reportScope.criteria(caller, filter, null);
        long existing = em.createQuery("select count(s) from ReportSubscription s where s.username = :user", Long.class)
                .setParameter("user", caller.username()).getSingleResult();
        if (existing >= MAX_PER_USER) {
            throw new Conflict("Sie haben bereits " + MAX_PER_USER + " Berichte abonniert. / You already have "
                    + MAX_PER_USER + " subscriptions.");
        }
        LocalDate firstOfNextMonth = LocalDate.now(clock).with(TemporalAdjusters.firstDayOfNextMonth());
        ReportSubscription subscription = new ReportSubscription(caller.username(), filter.toQuery(), firstOfNextMonth,
                clock.instant());
        em.persist(subscription);
        LOG.info(() -> "event=report.subscribed user=" + caller.username() + " filters=" + filter.toQuery());
        return subscription;
    }

    public List<ReportSubscription> mine(@NotNull Caller caller) {
        return em.createQuery("select s from ReportSubscription s where s.username = :user order by s.id",
                ReportSubscription.class).setParameter("user", caller.username()).setMaxResults(MAX_PER_USER)
                .getResultList();
    }

    public void cancel(@NotNull Caller caller, long id) {
        ReportSubscription subscription = em.find(ReportSubscription.class, id);
        if (subscription == null || !subscription.username().equals(caller.username())) {
            throw new NotFound("Abonnement");
        }
        em.remove(subscription);
    }

    /** Ids of subscriptions due today or earlier (a bounded batch; the schedule comes back for more). */
    public List<Long> due(int batch) {
        return em.createQuery("select s.id from ReportSubscription s where s.nextRunOn <= :today order by s.id", Long.class)
                .setParameter("today", LocalDate.now(clock)).setMaxResults(batch).getResultList();
    }

    /**
     * Sends one due report link, in its own transaction with the mail. If another node sent it
     * first, the version check fails and nothing is sent twice.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void send(long id) {
        ReportSubscription subscription = em.find(ReportSubscription.class, id);
        LocalDate today = LocalDate.now(clock);
        if (subscription == null || subscription.nextRunOn().isAfter(today)) {
            return;
        }
        Person person = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", subscription.username()).getResultStream().findFirst()
                .map(Account::person).orElse(null);
        if (person == null) {
            em.remove(subscription);
            return;
        }
        String token = token();
        Instant expires = clock.instant().plus(Duration.ofDays(LINK_DAYS));
        subscription.sent(today.with(TemporalAdjusters.firstDayOfNextMonth()), hash(token), expires);
        mailer.send(person.email(), person.displayName(), person.language().name().toLowerCase(), "report.monthly",
                person.displayName(), baseUrl.replaceAll("/$", "") + "/hr/report-download.xhtml?token=" + token,
                LocalDate.ofInstant(expires, ClockProducer.ZONE));
        em.persist(new ReportAudit(subscription.username(), CompletionReport.NAME, "mail", subscription.filters(),
                clock.instant()));
        LOG.info(() -> "event=report.link.sent subscription=" + id);
    }

    /** The filters behind a mailed link, if it is the caller's, still valid and not replaced by a newer one. */
    public ReportFilter filterOfLink(@NotNull Caller caller, String token) {
        Instant now = clock.instant();
        return em.createQuery("select s from ReportSubscription s where s.linkTokenHash = :hash", ReportSubscription.class)
                .setParameter("hash", hash(token == null ? "" : token)).getResultStream()
                .filter(s -> s.username().equals(caller.username()) && s.linkValid(hash(token), now))
                .findFirst().map(s -> ReportFilter.fromQuery(s.filters()))
                .orElseThrow(() -> new NotFound("Berichtslink (abgelaufen oder nicht Ihrer)"));
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
