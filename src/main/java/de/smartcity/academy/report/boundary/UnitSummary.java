package de.smartcity.academy.report.boundary;

import de.smartcity.academy.training.entity.TrainingStatus;
import java.util.Map;

/**
 * Counts for one org unit with all its sub-units.
 *
 * @param people staff in the unit; @param rows person × course rows in the report
 * @param programCertificates people holding a valid program certificate (e.g. Smart City Manager)
 * @param completionRate completed rows in percent of all rows (0 without rows)
 */
public record UnitSummary(long organisationId, String name, long people, long rows, Map<TrainingStatus, Long> byStatus,
                          long programCertificates, int completionRate) implements java.io.Serializable {

    public long count(String status) {
        return byStatus.getOrDefault(TrainingStatus.valueOf(status), 0L);
    }
}
