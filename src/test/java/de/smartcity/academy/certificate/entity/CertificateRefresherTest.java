package de.smartcity.academy.certificate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a learner is offered a refresher: from 90 days before the certificate expires on, and after. */
class CertificateRefresherTest {

    private static final LocalDate EXPIRY = LocalDate.of(2027, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void offeredFromNinetyDaysBeforeExpiryAndAfterIt() {
        Certificate certificate = expiringOn(EXPIRY);
        assertThat(certificate.refresherDue(EXPIRY.minusDays(91))).isFalse();
        assertThat(certificate.refresherDue(EXPIRY.minusDays(90))).isTrue();
        assertThat(certificate.refresherDue(EXPIRY)).isTrue();
        assertThat(certificate.refresherDue(EXPIRY.plusDays(1))).as("expired").isTrue();
        assertThat(certificate.status(EXPIRY.plusDays(1))).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(certificate.refresherDue(EXPIRY.plusYears(3))).isTrue();
    }

    @Test
    void neverForACertificateWithoutExpiry() {
        assertThat(expiringOn(null).refresherDue(EXPIRY.plusYears(10))).isFalse();
    }

    @Test
    void notForARevokedOrCorrectedCertificate() {
        Certificate revoked = expiringOn(EXPIRY);
        revoked.revoke("trainer", "Prüfung erschlichen", NOW);
        assertThat(revoked.refresherDue(EXPIRY.minusDays(10))).isFalse();

        Certificate corrected = expiringOn(EXPIRY);
        Certificate successor = corrected.reissue("NEWID1", "Anna Berichtigt", "Name berichtigt", NOW, LocalDate.of(2026, 11, 23));
        assertThat(corrected.refresherDue(EXPIRY.minusDays(10))).isFalse();
        assertThat(successor.refresherDue(EXPIRY.minusDays(10))).as("the correction keeps the expiry").isTrue();
    }

    private static Certificate expiringOn(LocalDate expiresOn) {
        return new Certificate("OLDID1", CertificateKind.COURSE_ACHIEVEMENT, 7L, "Anna Muster",
                new Achievement("urn:smartcity-academy:course:informationssicherheit", "Informationssicherheit",
                        "urn:smartcity-academy:course:informationssicherheit=abc", null, null),
                "de", NOW, LocalDate.of(2026, 11, 23), expiresOn);
    }
}
