package de.smartcity.academy.cohort.entity;

/** Who decides on an application: nobody (first come, first served), the trainer, or the applicant's HR. */
public enum Approval {
    NONE, TRAINER, SUPERVISOR
}
