package de.smartcity.academy.platform.mail;

import java.io.Serializable;
import java.time.Instant;

/**
 * One mail of the outbox as the outbox page and the REST API show it.
 *
 * @param status PENDING, SENDING, SENT, OUTBOX or FAILED
 * @param attempts failed delivery attempts so far
 * @param nextAttemptAt when a PENDING mail is tried next
 */
public record OutboxEntry(long id, String recipient, String recipientName, String language, String template,
                          String subject, String body, String status, int attempts, Instant createdAt,
                          Instant sentAt, Instant nextAttemptAt, String lastError) implements Serializable {

    static OutboxEntry of(OutboxMail mail) {
        return new OutboxEntry(mail.id(), mail.recipient(), mail.recipientName(), mail.language(), mail.template(),
                mail.subject(), mail.body(), mail.status().name(), mail.attempts(), mail.createdAt(), mail.sentAt(),
                mail.nextAttemptAt(), mail.lastError());
    }
}
