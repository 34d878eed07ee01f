package de.smartcity.academy.certificate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who issued, revoked or re-issued which certificate, when and why. Append only. */
@Entity
@Table(name = "certificate_audit")
public class CertificateAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, length = 32, updatable = false)
    private String publicId;

    @Column(nullable = false, length = 20, updatable = false)
    private String action;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(length = 1000, updatable = false)
    private String reason;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant at;

    protected CertificateAudit() {}

    public CertificateAudit(String publicId, String action, String actor, String reason, Instant at) {
        this.publicId = publicId;
        this.action = action;
        this.actor = actor;
        this.reason = reason;
        this.at = at;
    }
}
