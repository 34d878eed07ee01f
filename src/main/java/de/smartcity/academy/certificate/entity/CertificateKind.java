package de.smartcity.academy.certificate.entity;

/** What a certificate attests. */
public enum CertificateKind {
    /** "Leistungsnachweis": a course with quizzes, passed */
    COURSE_ACHIEVEMENT,
    /** "Teilnahmebestätigung": a course without quizzes, completed */
    COURSE_ATTENDANCE,
    /** the program certificate, e.g. "Smart City Manager" */
    PROGRAM
}
