package de.smartcity.academy.cohort.entity;

/** Whether a participant took part in a live session. */
public enum AttendanceStatus {
    PRESENT, ABSENT,
    /** absent with a reason the trainer accepted; counts as present only where the program says so */
    EXCUSED
}
