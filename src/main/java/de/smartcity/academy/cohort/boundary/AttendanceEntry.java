package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.entity.AttendanceStatus;

/** One line of "record the whole session": a participant and their status. */
public record AttendanceEntry(Long participantId, AttendanceStatus status) implements java.io.Serializable {}
