package de.smartcity.academy.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sending e-mail from any feature. A mail is composed and written to the outbox in the caller's
 * transaction and delivered only after it commits: no mail for a change that was rolled back, and
 * an unreachable mail server never blocks or rolls back the change.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    static final String TEST_TEMPLATE = "mail.test";

    @PersistenceContext EntityManager em;
    @Inject MailTemplates templates;
    @Inject MailSettings settings;
    @Inject Event<MailQueued> queued;
    @Inject Clock clock;

    /**
     * Queues a mail from a template (see {@code mail_de.properties}) in the recipient's language.
     * A wrong template or recipient is a programming error: logged, never thrown, so it cannot
     * roll back the caller's transaction.
     *
     * @param language {@code de} or {@code en} (anything else: German)
     * @param arguments the template's placeholders {0}, {1} …; {@code java.time} values are written out
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void send(String recipientEmail, String recipientName, String language, String template,
                     Object... arguments) {
        try {
            queue(recipientEmail, recipientName, language, template, arguments);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.SEVERE, "event=mail.rejected template=" + template, e);
        }
    }

    /** Queues the test mail an administrator asked for; returns its outbox id. */
    @Transactional(Transactional.TxType.REQUIRED)
    public long sendTest(@NotNull @Valid MailTestRequest request) {
        OutboxMail mail = queue(request.to(), request.greeting(), request.language(), TEST_TEMPLATE,
                request.greeting());
        em.flush();
        return mail.id();
    }

    private OutboxMail queue(String recipient, String recipientName, String language, String template,
                             Object... arguments) {
        if (recipient == null || recipient.isBlank() || recipient.strip().length() > 254) {
            throw new IllegalArgumentException("no usable recipient address");
        }
        MailTemplates.Composed composed = templates.compose(template, language, arguments);
        Instant now = clock.instant();
        OutboxMail mail = new OutboxMail(recipient.strip(), recipientName, composed.language(), template,
                composed.subject(), composed.body(), now);
        MailSettings.Mode mode = settings.mode();
        if (mode == MailSettings.Mode.OUTBOX) {
            mail.deliveredToOutbox(now);
        }
        em.persist(mail);
        if (mode == MailSettings.Mode.SMTP) {
            queued.fire(new MailQueued(mail));
        }
        LOG.fine(() -> "event=mail.queued template=" + template + " mode=" + mode);
        return mail;
    }
}
