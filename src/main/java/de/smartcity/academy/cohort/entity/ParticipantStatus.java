package de.smartcity.academy.cohort.entity;

/** Where an applicant stands in a cohort. */
public enum ParticipantStatus {
    /** waits for the trainer's or HR's decision */
    APPLIED,
    ENROLLED,
    /** approved, but all seats were taken; ordered by the time they joined the waitlist */
    WAITLISTED,
    DECLINED,
    CANCELLED;

    public boolean holdsOrAwaitsSeat() {
        return this == APPLIED || this == ENROLLED || this == WAITLISTED;
    }
}
