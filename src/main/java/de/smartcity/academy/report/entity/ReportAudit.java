package de.smartcity.academy.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One look at personal data through a report: who, which report, which filters, as what, when. Never changed. */
@Entity
@Table(name = "report_audit")
public class ReportAudit {

    static final int FILTERS_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(nullable = false, length = 40, updatable = false)
    private String report;

    /** page, json, csv, xlsx, mail */
    @Column(name = "output_format", nullable = false, length = 10, updatable = false)
    private String output;

    @Column(nullable = false, length = FILTERS_LENGTH, updatable = false)
    private String filters;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected ReportAudit() {}

    public ReportAudit(String actor, String report, String output, String filters, Instant occurredAt) {
        this.actor = actor;
        this.report = report;
        this.output = output;
        this.filters = filters.length() > FILTERS_LENGTH ? filters.substring(0, FILTERS_LENGTH) : filters;
        this.occurredAt = occurredAt;
    }

    public Long id() {
        return id;
    }

    public String actor() {
        return actor;
    }

    public String report() {
        return report;
    }

    public String output() {
        return output;
    }

    public String filters() {
        return filters;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
