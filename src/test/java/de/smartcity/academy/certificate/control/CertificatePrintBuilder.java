package de.smartcity.academy.certificate.control;

import java.time.LocalDate;

/** Test data: {@code aCertificatePrint().inEnglish().forHolder("Ada").build()}. */
final class CertificatePrintBuilder {

  private String publicId = "7QX-4K2M";
  private String language = "de";
  private String holderName = "Jürgen Köhler";
  private String kindLabel = "Leistungsnachweis";
  private String achievementTitle = "Datenstrategie für Kommunen";
  private String achievementDescription =
      "Grundlagen kommunaler Datenstrategien: Governance, offene Daten, Datenschutz und Beteiligung.";
  private LocalDate issuedOn = LocalDate.of(2025, 3, 12);
  private LocalDate expiresOn = LocalDate.of(2028, 3, 12);
  private String cohortTitle = "Frühjahr 2025";
  private String contentVersion = "a1b2c3d";
  private String verifyUrl = "https://academy.example.de/v/7QX-4K2M";

  static CertificatePrintBuilder aCertificatePrint() {
    return new CertificatePrintBuilder();
  }

  CertificatePrintBuilder inEnglish() {
    language = "en";
    kindLabel = "Certificate of Achievement";
    achievementTitle = "Data strategy for municipalities";
    achievementDescription = "Foundations of municipal data strategies.";
    cohortTitle = "Spring 2025";
    return this;
  }

  CertificatePrintBuilder forHolder(String name) {
    holderName = name;
    return this;
  }

  CertificatePrintBuilder withPublicId(String id) {
    publicId = id;
    verifyUrl = "https://academy.example.de/v/" + id;
    return this;
  }

  CertificatePrintBuilder withoutOptionalFields() {
    expiresOn = null;
    cohortTitle = null;
    contentVersion = null;
    return this;
  }

  CertificatePrint build() {
    return new CertificatePrint(publicId, language, holderName, kindLabel, achievementTitle,
        achievementDescription, issuedOn, expiresOn, cohortTitle, contentVersion, verifyUrl);
  }
}
