package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.platform.paging.Page;
import java.util.List;

/**
 * The trainer's view of a cohort: participants × courses.
 *
 * @param expectedPercent progress expected by today if learners keep pace with the cohort's dates
 */
public record Dashboard(long cohortId, String title, List<CourseColumn> courses, int expectedPercent,
                        int attendanceMinPercent, Page<DashboardRow> rows) implements java.io.Serializable {

    public record CourseColumn(String iri, String title) implements java.io.Serializable {}
}
