package de.smartcity.academy.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One e-mail in the outbox, composed when the business transaction wrote it. Rules: a mail leaves
 * PENDING only by being claimed (SENDING, with a lease); a claimed mail ends SENT or goes back to
 * PENDING with an exponential backoff (1, 2, 4 … minutes, at most one hour); after
 * {@value #MAX_ATTEMPTS} failed attempts it is FAILED for good. In demo mode it goes straight to
 * OUTBOX and is never sent.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = OutboxMail.NEWEST_FIRST, query = "select m from OutboxMail m order by m.id desc")
@NamedQuery(name = OutboxMail.COUNT, query = "select count(m) from OutboxMail m")
public class OutboxMail {

    public static final String NEWEST_FIRST = "OutboxMail.newestFirst";
    public static final String COUNT = "OutboxMail.count";

    public static final int MAX_ATTEMPTS = 8;
    public static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    public static final Duration LONGEST_RETRY = Duration.ofHours(1);
    /** How long a node may hold a claim before the mail is offered again (the node may have died). */
    public static final Duration CLAIM_LEASE = Duration.ofMinutes(10);

    static final int SUBJECT_LENGTH = 300;
    static final int NAME_LENGTH = 200;
    static final int ERROR_LENGTH = 500;

    public enum Status { PENDING, SENDING, SENT, OUTBOX, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254, updatable = false)
    private String recipient;

    @Column(name = "recipient_name", length = NAME_LENGTH, updatable = false)
    private String recipientName;

    @Column(nullable = false, length = 2, updatable = false)
    private String language;

    @Column(nullable = false, length = 60, updatable = false)
    private String template;

    @Column(nullable = false, length = SUBJECT_LENGTH, updatable = false)
    private String subject;

    /** Loaded with the row: a lazy attribute would be re-fetched over changes made before reading it. */
    @Lob
    @Column(nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Version
    private long version;

    protected OutboxMail() {}

    /** A new mail, due at once. */
    public OutboxMail(String recipient, String recipientName, String language, String template,
                      String subject, String body, Instant now) {
        this.recipient = recipient;
        this.recipientName = cut(recipientName, NAME_LENGTH);
        this.language = language;
        this.template = template;
        this.subject = cut(subject, SUBJECT_LENGTH);
        this.body = body;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /**
     * This node takes the mail for sending until {@code now} + {@link #CLAIM_LEASE}. Between nodes
     * the delivery claims with the same rule as one conditional UPDATE ({@code Outbox#claim}).
     */
    public void claim(Instant now) {
        require(Status.PENDING);
        status = Status.SENDING;
        nextAttemptAt = now.plus(CLAIM_LEASE);
    }

    public void sent(Instant now) {
        require(Status.SENDING);
        status = Status.SENT;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /** The attempt failed: retry later with backoff (based on {@code firstRetry}), or give up. */
    public void failed(String error, Instant now, Duration firstRetry) {
        require(Status.SENDING);
        attempts++;
        lastError = cut(error, ERROR_LENGTH);
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            nextAttemptAt = null;
        } else {
            status = Status.PENDING;
            nextAttemptAt = now.plus(backoff(attempts, firstRetry));
        }
    }

    public void failed(String error, Instant now) {
        failed(error, now, FIRST_RETRY);
    }

    /** Demo mode: the mail is kept for the outbox page instead of being sent. */
    public void deliveredToOutbox(Instant now) {
        require(Status.PENDING);
        status = Status.OUTBOX;
        sentAt = now;
        nextAttemptAt = null;
    }

    /** The wait after the n-th failed attempt: firstRetry · 2^(n−1), at most {@link #LONGEST_RETRY}. */
    public static Duration backoff(int failedAttempts, Duration firstRetry) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 20));
        Duration wait = firstRetry.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    private void require(Status expected) {
        if (status != expected) {
            throw new IllegalStateException("mail " + id + " is " + status + ", not " + expected);
        }
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String recipientName() {
        return recipientName;
    }

    public String language() {
        return language;
    }

    public String template() {
        return template;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }
}
