package de.smartcity.academy.report.boundary;

import java.time.Instant;

/** One entry of the report audit: who looked at which report with which filters, as what, when. */
public record AuditEntry(long id, String actor, String report, String output, String filters, Instant occurredAt)
        implements java.io.Serializable {}
