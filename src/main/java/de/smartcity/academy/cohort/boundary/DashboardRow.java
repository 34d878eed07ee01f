package de.smartcity.academy.cohort.boundary;

import java.util.List;

/**
 * One participant in the trainer's matrix: progress per course (in the order of
 * {@link Dashboard#courses()}), attendance, and why they may be at risk.
 *
 * @param attendancePercent null while no session has taken place
 */
public record DashboardRow(long participantId, long personId, String name, String organisation,
                           List<Integer> coursePercents, int averagePercent, Integer attendancePercent,
                           boolean behindSchedule, boolean attendanceBelowRule) implements java.io.Serializable {

    public boolean atRisk() {
        return behindSchedule || attendanceBelowRule;
    }
}
