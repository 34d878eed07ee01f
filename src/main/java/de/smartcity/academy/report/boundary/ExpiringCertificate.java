package de.smartcity.academy.report.boundary;

import java.time.LocalDate;

/** A certificate that expires soon, with the person (as in the directory) and where they work. */
public record ExpiringCertificate(String publicId, long personId, String holderName, String organisation,
                                  String achievement, LocalDate issuedOn, LocalDate expiresOn)
        implements java.io.Serializable {}
