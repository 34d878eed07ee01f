package de.smartcity.academy.course.boundary;

import java.time.Instant;

/**
 * Fired (after the completing transaction succeeds) when a learner completes a course. Features
 * above this one (cohorts, certificates) observe it; this one never knows them.
 */
public record CourseCompleted(long personId, String courseIri, String contentVersion, int scorePercent,
                              Instant completedAt) implements java.io.Serializable {}
