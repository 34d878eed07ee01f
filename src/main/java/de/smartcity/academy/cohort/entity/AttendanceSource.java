package de.smartcity.academy.cohort.entity;

/** Where a recorded attendance came from: a trainer's entry or a video-conference participant list. */
public enum AttendanceSource {
    MANUAL, IMPORT
}
