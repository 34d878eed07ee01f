package de.smartcity.academy.cohort.entity;

import java.time.LocalDate;
import java.util.Set;

/** The plannable facts of a cohort, validated at the boundary (see {@code CohortForm}). */
public record CohortPlan(String title, String programIri, String courseIri, LocalDate startsOn, LocalDate endsOn,
                         LocalDate registrationOpens, LocalDate registrationCloses, int seats, Approval approval,
                         int attendanceMinPercent, Set<Long> trainerIds) {}
