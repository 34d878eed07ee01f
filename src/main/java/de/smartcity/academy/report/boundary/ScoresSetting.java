package de.smartcity.academy.report.boundary;

import jakarta.validation.constraints.NotNull;

/** Body of {@code PUT /api/reports/settings/{organisationId}}. */
public record ScoresSetting(@NotNull Boolean showScores) {

    public ScoresSetting(Boolean showScores) {
        this.showScores = showScores;
    }
}
