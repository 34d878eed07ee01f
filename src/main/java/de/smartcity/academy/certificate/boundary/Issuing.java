package de.smartcity.academy.certificate.boundary;

import de.smartcity.academy.certificate.control.CredentialData;
import de.smartcity.academy.certificate.control.Credentials;
import de.smartcity.academy.certificate.entity.Achievement;
import de.smartcity.academy.certificate.entity.Certificate;
import de.smartcity.academy.certificate.entity.CertificateAudit;
import de.smartcity.academy.certificate.entity.CertificateKind;
import de.smartcity.academy.certificate.entity.CertificateStatus;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.platform.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Creates certificate records and signs their credentials. Runs inside the caller's transaction;
 * the credential can only be signed after the insert, because the row id is the status-list index.
 */
@ApplicationScoped
class Issuing {

    private static final Logger LOG = Logger.getLogger(Issuing.class.getName());

    @PersistenceContext EntityManager em;
    @Inject Credentials credentials;
    @Inject Clock clock;

    /** Whether the person already holds a valid certificate for this achievement. */
    boolean holdsValid(long personId, String achievementIri) {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select c from Certificate c where c.personId = :person and c.achievementIri = :iri",
                        Certificate.class)
                .setParameter("person", personId).setParameter("iri", achievementIri).getResultStream()
                .anyMatch(c -> c.status(today) == CertificateStatus.VALID);
    }

    /** Whether a certificate for this achievement was issued to the person at or after this instant. */
    boolean issuedSince(long personId, String achievementIri, Instant since) {
        return !em.createQuery("select c.id from Certificate c where c.personId = :person"
                        + " and c.achievementIri = :iri and c.issuedAt >= :since", Long.class)
                .setParameter("person", personId).setParameter("iri", achievementIri).setParameter("since", since)
                .setMaxResults(1).getResultList().isEmpty();
    }

    Certificate issue(Person person, CertificateKind kind, Achievement achievement, String description,
                      Integer validityMonths, String actor) {
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.ZONE));
        Certificate certificate = new Certificate(PublicIds.next(), kind, person.id(), person.displayName(), achievement,
                person.language().name().toLowerCase(), clock.instant(), today,
                validityMonths == null ? null : today.plusMonths(validityMonths));
        return sign(certificate, description, actor, "ISSUED", null);
    }

    Certificate sign(Certificate certificate, String description, String actor, String action, String reason) {
        em.persist(certificate);
        em.flush();
        certificate.attachCredential(credentials.issue(new CredentialData(certificate.publicId(),
                certificate.holderName(), certificate.achievementIri(), certificate.achievementTitle(), description,
                CertificateLabels.criteria(certificate.kind(), "de"), certificate.issuedAt(), certificate.expiresOn(),
                certificate.id().intValue())));
        em.persist(new CertificateAudit(certificate.publicId(), action, actor, reason, clock.instant()));
        LOG.info(() -> "event=certificate." + action.toLowerCase() + " id=" + certificate.publicId() + " kind="
                + certificate.kind() + " person=" + certificate.personId() + " by=" + actor);
        return certificate;
    }
}
