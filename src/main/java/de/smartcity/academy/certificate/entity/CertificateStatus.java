package de.smartcity.academy.certificate.entity;

/** What a verifier is told about a certificate. */
public enum CertificateStatus {
    VALID, EXPIRED, REVOKED, SUPERSEDED
}
