package de.smartcity.academy.certificate.entity;

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
import java.time.Instant;
import java.time.LocalDate;

/**
 * An issued certificate. What it attests never changes; only its status does (revoked,
 * superseded by a corrected re-issue). The holder name is kept as issued, so verification keeps
 * working after the person's data is deleted. Its database id doubles as its index in the
 * revocation status list.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = Certificate.BY_PUBLIC_ID, query = "select c from Certificate c where c.publicId = :publicId")
public class Certificate {

    public static final String BY_PUBLIC_ID = "Certificate.byPublicId";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, length = 32, updatable = false, unique = true)
    private String publicId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private CertificateKind kind;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "holder_name", nullable = false, length = 200, updatable = false)
    private String holderName;

    @Column(name = "achievement_iri", nullable = false, length = 300, updatable = false)
    private String achievementIri;

    @Column(name = "achievement_title", nullable = false, length = 300, updatable = false)
    private String achievementTitle;

    @Column(name = "content_versions", length = 2000, updatable = false)
    private String contentVersions;

    @Column(name = "cohort_id", updatable = false)
    private Long cohortId;

    @Column(name = "cohort_title", length = 200, updatable = false)
    private String cohortTitle;

    @Column(nullable = false, length = 2, updatable = false)
    private String language;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on", updatable = false)
    private LocalDate expiresOn;

    @Lob
    @Column
    private String credential;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "revocation_reason", length = 1000)
    private String revocationReason;

    @Column(name = "superseded_by", length = 32)
    private String supersededBy;

    @Column(length = 32, updatable = false)
    private String supersedes;

    @Column(name = "reissue_reason", length = 1000, updatable = false)
    private String reissueReason;

    /** Written only by the expiry reminder's conditional update (so one node sends each reminder). */
    @Column(name = "reminded_days", insertable = false, updatable = false)
    private Integer remindedDays;

    @Version
    private long version;

    public static final int REFRESHER_DAYS_BEFORE_EXPIRY = 90;

    protected Certificate() {}

    public Certificate(String publicId, CertificateKind kind, Long personId, String holderName, Achievement achievement,
                       String language, Instant issuedAt, LocalDate issuedOn, LocalDate expiresOn) {
        this.publicId = publicId;
        this.kind = kind;
        this.personId = personId;
        this.holderName = holderName;
        this.achievementIri = achievement.iri();
        this.achievementTitle = achievement.title();
        this.contentVersions = achievement.contentVersions();
        this.cohortId = achievement.cohortId();
        this.cohortTitle = achievement.cohortTitle();
        this.language = language;
        this.issuedAt = issuedAt;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
    }

    /** The signed credential, set once right after the certificate got its status-list index. */
    public void attachCredential(String signedCredential) {
        if (credential != null) {
            throw new IllegalStateException("certificate " + publicId + " already has its credential");
        }
        credential = signedCredential;
    }

    public void revoke(String by, String reason, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
            revocationReason = reason;
        }
    }

    /** A corrected certificate with the same achievement; both are kept. */
    public Certificate reissue(String newPublicId, String correctedHolderName, String reason, Instant now, LocalDate today) {
        Certificate next = new Certificate(newPublicId, kind, personId, correctedHolderName,
                new Achievement(achievementIri, achievementTitle, contentVersions, cohortId, cohortTitle),
                language, now, today, expiresOn);
        next.supersedes = publicId;
        next.reissueReason = reason;
        supersededBy = newPublicId;
        return next;
    }

    public CertificateStatus status(LocalDate today) {
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        if (supersededBy != null) {
            return CertificateStatus.SUPERSEDED;
        }
        return inForce(expiresOn, today);
    }

    /** The status of a certificate neither revoked nor superseded. */
    public static CertificateStatus inForce(LocalDate expiresOn, LocalDate today) {
        return expiresOn != null && today.isAfter(expiresOn) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
    }

    /**
     * Whether the holder should renew it (recertification): from {@value #REFRESHER_DAYS_BEFORE_EXPIRY}
     * days before expiry on, and after it. A revoked or superseded certificate is not renewed.
     */
    public boolean refresherDue(LocalDate today) {
        return revokedAt == null && supersededBy == null && refresherDue(expiresOn, today);
    }

    /** {@link #refresherDue(LocalDate)} of a certificate neither revoked nor superseded. */
    public static boolean refresherDue(LocalDate expiresOn, LocalDate today) {
        return expiresOn != null && !today.isBefore(expiresOn.minusDays(REFRESHER_DAYS_BEFORE_EXPIRY));
    }

    /** GDPR: the person is gone; the certificate keeps the name as issued and stays verifiable. */
    public void detachPerson() {
        personId = null;
    }

    public Long id() { return id; }
    public String publicId() { return publicId; }
    public CertificateKind kind() { return kind; }
    public Long personId() { return personId; }
    public String holderName() { return holderName; }
    public String achievementIri() { return achievementIri; }
    public String achievementTitle() { return achievementTitle; }
    public String contentVersions() { return contentVersions; }
    public Long cohortId() { return cohortId; }
    public String cohortTitle() { return cohortTitle; }
    public String language() { return language; }
    public Instant issuedAt() { return issuedAt; }
    public LocalDate issuedOn() { return issuedOn; }
    public LocalDate expiresOn() { return expiresOn; }
    public String credential() { return credential; }
    public Instant revokedAt() { return revokedAt; }
    public String revocationReason() { return revocationReason; }
    public String supersededBy() { return supersededBy; }
    public String supersedes() { return supersedes; }
    public String reissueReason() { return reissueReason; }
    public Integer remindedDays() { return remindedDays; }
}
