package de.smartcity.academy.certificate.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a certificate shows, already in the certificate's language (labels come from the template
 * bundle in {@code certificates/settings.properties}). Values are plain text: the renderer escapes
 * them, so a holder name can never inject markup into the template.
 *
 * @param language {@code de} or {@code en}
 * @param kindLabel e.g. "Leistungsnachweis"
 * @param expiresOn nullable
 * @param cohortTitle nullable
 * @param contentVersion short hash of the course content, nullable
 * @param verifyUrl the public verification page, encoded in the QR code and printed short
 */
public record CertificatePrint(
    String publicId,
    String language,
    String holderName,
    String kindLabel,
    String achievementTitle,
    String achievementDescription,
    LocalDate issuedOn,
    LocalDate expiresOn,
    String cohortTitle,
    String contentVersion,
    String verifyUrl) {

  public CertificatePrint {
    Objects.requireNonNull(publicId, "publicId");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(holderName, "holderName");
    Objects.requireNonNull(kindLabel, "kindLabel");
    Objects.requireNonNull(achievementTitle, "achievementTitle");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(verifyUrl, "verifyUrl");
    if (!language.equals("de") && !language.equals("en")) {
      throw new IllegalArgumentException("Certificate language must be de or en, was " + language);
    }
  }
}
