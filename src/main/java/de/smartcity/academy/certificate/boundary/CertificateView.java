package de.smartcity.academy.certificate.boundary;

import de.smartcity.academy.certificate.entity.Certificate;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A certificate with its current status and everything printed on it, so a verifier can compare
 * the paper with the record (an edited PDF is caught).
 */
public record CertificateView(String id, String kind, String status, String holderName, String achievementTitle,
                              String achievementIri, LocalDate issuedOn, LocalDate expiresOn, String cohortTitle,
                              String contentVersions, String issuer, String supersededBy, String supersedes,
                              String reissueReason, Instant revokedAt, String revocationReason, String verifyUrl)
        implements Serializable {

    static CertificateView of(Certificate c, LocalDate today, String issuer, String verifyUrl) {
        return new CertificateView(c.publicId(), c.kind().name(), c.status(today).name(), c.holderName(),
                c.achievementTitle(), c.achievementIri(), c.issuedOn(), c.expiresOn(), c.cohortTitle(),
                c.contentVersions(), issuer, c.supersededBy(), c.supersedes(), c.reissueReason(), c.revokedAt(),
                c.revocationReason(), verifyUrl);
    }
}
