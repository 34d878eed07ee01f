package de.smartcity.academy.platform.mail;

import de.smartcity.academy.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox table: listing for administrators (no role logic here: platform knows no roles, the
 * callers check ADMIN), and the state changes of the delivery, each in its own short transaction
 * so that the SMTP conversation itself never runs inside one.
 */
@ApplicationScoped
public class Outbox {

    /** Claiming is one conditional UPDATE: of two nodes, exactly one changes the row. */
    private static final String CLAIM = "update mail_outbox set status = 'SENDING', next_attempt_at = ?,"
            + " version = version + 1 where id = ? and status = 'PENDING'";
    private static final String DUE = "select id from mail_outbox where status = 'PENDING'"
            + " and next_attempt_at <= ? order by next_attempt_at, id";
    /** A node that died while sending leaves SENDING behind; after the lease the mail is offered again. */
    private static final String RELEASE_EXPIRED = "update mail_outbox set status = 'PENDING', next_attempt_at = ?,"
            + " version = version + 1 where status = 'SENDING' and next_attempt_at < ?";

    @PersistenceContext EntityManager em;

    /** The outbox, newest first (in a transaction: the body is loaded lazily). */
    @Transactional
    public Page<OutboxEntry> page(int page, int size) {
        long total = em.createNamedQuery(OutboxMail.COUNT, Long.class).getSingleResult();
        List<OutboxEntry> items = em.createNamedQuery(OutboxMail.NEWEST_FIRST, OutboxMail.class)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultStream().map(OutboxEntry::of).toList();
        return new Page<>(items, page, size, total);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Long> due(Instant now, int limit) {
        List<Number> ids = em.createNativeQuery(DUE).setParameter(1, Timestamp.from(now))
                .setMaxResults(limit).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** The mail to send if this node won the claim, empty if another node (or thread) has it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutboxEntry> claim(long id, Instant now) {
        int won = em.createNativeQuery(CLAIM)
                .setParameter(1, Timestamp.from(now.plus(OutboxMail.CLAIM_LEASE)))
                .setParameter(2, id)
                .executeUpdate();
        return won == 1 ? Optional.of(OutboxEntry.of(em.find(OutboxMail.class, id))) : Optional.empty();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long id, Instant now) {
        em.find(OutboxMail.class, id).sent(now);
    }

    /** @return the mail after the failure (PENDING with its next attempt, or FAILED) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public OutboxEntry failed(long id, String error, Instant now, Duration firstRetry) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        mail.failed(error, now, firstRetry);
        return OutboxEntry.of(mail);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int releaseExpiredClaims(Instant now) {
        Timestamp at = Timestamp.from(now);
        return em.createNativeQuery(RELEASE_EXPIRED).setParameter(1, at).setParameter(2, at).executeUpdate();
    }
}
