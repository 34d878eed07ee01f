/**
 * Cohorts ("Durchgänge") of a program or course: seats, applications, waitlist, trainers. Invariant:
 * a cohort never has more enrolled participants than seats — every admission locks the cohort row,
 * so two people can never take the last seat. Trainers act only on cohorts they run.
 */
package de.smartcity.academy.cohort;
