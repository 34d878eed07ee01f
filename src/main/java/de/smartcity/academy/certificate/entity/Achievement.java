package de.smartcity.academy.certificate.entity;

/**
 * What was achieved: a course or program by IRI and title, the content version(s) taken
 * ({@code iri=version;…}), and the cohort if it was earned in one.
 */
public record Achievement(String iri, String title, String contentVersions, Long cohortId, String cohortTitle) {}
