package de.smartcity.academy.identity.entity;

/** Roles of an account; the names are the Jakarta Security group names. */
public enum Role {
    LEARNER, TRAINER, HR, ADMIN;

    /** HR and ADMIN act on an organisation subtree; the others only on their own data. */
    public boolean isScoped() {
        return this == HR || this == ADMIN;
    }
}
