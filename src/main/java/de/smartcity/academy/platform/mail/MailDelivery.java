package de.smartcity.academy.platform.mail;

import de.smartcity.academy.platform.startup.AcademyStarted;
import de.smartcity.academy.platform.startup.Repeating;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox by SMTP: each new mail at once after its transaction committed, and every
 * poll interval whatever is due (retries, mails of a node that stopped). A mail is claimed before
 * it is sent, so two nodes never send the same one; the SMTP conversation runs outside any
 * transaction. Failures stay here: they are recorded on the mail and logged, never thrown.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    private static final int BATCH = 50;
    private static final int MAX_BATCHES_PER_POLL = 20;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject Repeating polling;
    @Inject Outbox outbox;
    @Inject SmtpSender smtp;
    @Inject MailSettings settings;
    @Inject Clock clock;

    void onStart(@Observes AcademyStarted started) {
        if (settings.mode() != MailSettings.Mode.SMTP) {
            LOG.info("event=mail.mode mode=outbox: mails are kept for the outbox page, not sent");
            return;
        }
        long seconds = settings.pollInterval().toSeconds();
        polling.every(seconds, this::deliverDue, "mail.poll.failed");
        LOG.info(() -> "event=mail.mode mode=smtp server=" + settings.server() + " pollSeconds=" + seconds);
    }

    /** Right after the commit that queued the mail: one attempt, in another thread. */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        long id = queued.mail().id();
        try {
            executor.execute(() -> deliver(id));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=mail.deferred mail=" + id + " reason=" + e, e);
        }
    }

    /** Everything that is due, batch by batch. */
    void deliverDue() {
        int released = outbox.releaseExpiredClaims(clock.instant());
        if (released > 0) {
            LOG.warning(() -> "event=mail.claims.expired count=" + released);
        }
        for (int batch = 0; batch < MAX_BATCHES_PER_POLL; batch++) {
            List<Long> due = outbox.due(clock.instant(), BATCH);
            due.forEach(this::deliver);
            if (due.size() < BATCH) {
                return;
            }
        }
    }

    /** Claims, sends and records the outcome of one mail; a mail another thread claimed is left alone. */
    void deliver(long id) {
        try {
            outbox.claim(id, clock.instant()).ifPresent(this::send);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=mail.claim.failed mail=" + id + " reason=" + e, e);
        }
    }

    private void send(OutboxEntry mail) {
        try {
            smtp.send(mail, clock.instant());
        } catch (Exception e) {
            recordFailure(mail, e);
            return;
        }
        outbox.sent(mail.id(), clock.instant());
        LOG.info(() -> "event=mail.sent mail=" + mail.id() + " template=" + mail.template());
    }

    private void recordFailure(OutboxEntry mail, Exception failure) {
        String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        OutboxEntry after = outbox.failed(mail.id(), reason, clock.instant(), settings.firstRetry());
        Level level = "FAILED".equals(after.status()) ? Level.SEVERE : Level.WARNING;
        LOG.log(level, () -> "event=mail.failed mail=" + mail.id() + " attempts=" + after.attempts()
                + " status=" + after.status() + " next=" + after.nextAttemptAt() + " reason=" + reason);
    }
}
