/**
 * Mandatory training: HR assigns a course or program to people or whole org units with a due date
 * and an optional recurrence; each assignment becomes one requirement per person and course, kept
 * in step when people join or move and when they complete a course. The status rule
 * ({@link de.smartcity.academy.training.entity.TrainingStatus}) is shared with the reports.
 */
package de.smartcity.academy.training;
