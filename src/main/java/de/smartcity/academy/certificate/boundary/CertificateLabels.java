package de.smartcity.academy.certificate.boundary;

import de.smartcity.academy.certificate.entity.CertificateKind;

/** The name of each kind of certificate as printed, German or English. */
final class CertificateLabels {

    private CertificateLabels() {}

    static String kind(CertificateKind kind, String language) {
        boolean en = "en".equals(language);
        return switch (kind) {
            case COURSE_ACHIEVEMENT -> en ? "Certificate of achievement" : "Leistungsnachweis";
            case COURSE_ATTENDANCE -> en ? "Certificate of attendance" : "Teilnahmebestätigung";
            case PROGRAM -> en ? "Programme certificate" : "Zertifikat";
        };
    }

    /** What was required for it, printed under the title. */
    static String criteria(CertificateKind kind, String language) {
        boolean en = "en".equals(language);
        return switch (kind) {
            case COURSE_ACHIEVEMENT -> en ? "All lessons completed and all knowledge checks passed."
                    : "Alle Lektionen bearbeitet und alle Wissenschecks bestanden.";
            case COURSE_ATTENDANCE -> en ? "All lessons completed." : "Alle Lektionen bearbeitet.";
            case PROGRAM -> en ? "All required courses of the programme passed and the minimum attendance at the live sessions reached."
                    : "Alle Pflichtkurse des Programms bestanden und die Mindestanwesenheit bei den Live-Terminen erreicht.";
        };
    }
}
