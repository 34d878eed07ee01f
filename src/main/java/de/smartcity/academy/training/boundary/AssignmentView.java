package de.smartcity.academy.training.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An assignment as HR sees it.
 *
 * @param what title of the course or program; @param who name of the org unit or person
 * @param people how many requirements it created (people it applies to, per course)
 */
public record AssignmentView(long id, String what, boolean program, String who, boolean organisation,
                             LocalDate dueOn, Integer recurrenceMonths, long people, String assignedBy,
                             Instant assignedAt) implements java.io.Serializable {}
