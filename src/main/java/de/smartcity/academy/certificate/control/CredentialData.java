package de.smartcity.academy.certificate.control;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What an Open Badges 3.0 credential says about one certificate.
 *
 * @param expiresOn last day of validity, {@code null} for certificates that do not expire
 * @param statusListIndex the certificate's bit in the revocation status list
 */
public record CredentialData(String publicId, String holderName, String achievementIri, String achievementName,
        String achievementDescription, String criteria, Instant issuedAt, LocalDate expiresOn, int statusListIndex) {}
