package de.smartcity.academy.cohort.boundary;

import java.util.List;

/** Attendance rates of the participants a caller may see, against the cohort's minimum. */
public record CohortAttendance(long cohortId, int minimumPercent, boolean excusedCountsAsPresent, int sessionsHeld,
                               List<AttendanceRate> participants) implements java.io.Serializable {}
