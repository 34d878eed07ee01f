package de.smartcity.academy.cohort.boundary;

import java.time.Instant;

/** A participant as trainers, HR (own organisation only) and the person themself see it. */
public record ParticipantView(long id, long cohortId, long personId, String name, String email,
                              String organisation, String status, String note, Instant appliedAt,
                              Instant waitlistedAt, String reason) implements java.io.Serializable {}
