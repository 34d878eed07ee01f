package de.smartcity.academy.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Whether reports on an organisation (and its sub-units, unless they have their own setting) may
 * show quiz scores. Off unless an admin switched it on, e.g. after the staff council agreed.
 */
@Entity
@Table(name = "report_setting")
public class ReportSetting {

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "show_scores", nullable = false)
    private boolean showScores;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ReportSetting() {}

    public ReportSetting(long organisationId) {
        this.organisationId = organisationId;
    }

    public void showScores(boolean show, String by, Instant at) {
        this.showScores = show;
        this.changedBy = by;
        this.changedAt = at;
    }

    public Long organisationId() {
        return organisationId;
    }

    public boolean showsScores() {
        return showScores;
    }
}
