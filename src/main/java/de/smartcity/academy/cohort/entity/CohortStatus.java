package de.smartcity.academy.cohort.entity;

import java.util.Set;

/** The life of a cohort: planned → open for registration → running → finished → archived. */
public enum CohortStatus {
    PLANNED, OPEN, RUNNING, FINISHED, ARCHIVED;

    /** Allowed next states; going back one step is allowed until the cohort has run. */
    public Set<CohortStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(OPEN);
            case OPEN -> Set.of(PLANNED, RUNNING);
            case RUNNING -> Set.of(FINISHED);
            case FINISHED -> Set.of(ARCHIVED);
            case ARCHIVED -> Set.of();
        };
    }
}
