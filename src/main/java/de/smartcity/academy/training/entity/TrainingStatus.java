package de.smartcity.academy.training.entity;

/**
 * Where a person stands in one course. The rule lives in SQL ({@link #CASE}) so that reports can
 * filter, count and page by status in the database; every query that shows a status uses it.
 */
public enum TrainingStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, EXPIRED, OVERDUE;

    /**
     * The status of a row with requirement {@code r} (columns may be NULL: no requirement) and
     * enrolment {@code e} (NULL: never opened). Both {@code ?} are "today". Overdue wins: a
     * requirement past its due date and not met (for recurring training: no completion in the
     * current cycle, because every completion moves {@code r.due_on} on). A completion counts until
     * {@code e.valid_until}, the certificate's expiry.
     */
    public static final String CASE = "CASE"
            + " WHEN r.due_on < ? AND (r.recurrence_months IS NOT NULL OR e.completed_at IS NULL) THEN 'OVERDUE'"
            + " WHEN e.completed_at IS NOT NULL AND e.valid_until < ? THEN 'EXPIRED'"
            + " WHEN e.completed_at IS NOT NULL THEN 'COMPLETED'"
            + " WHEN e.id IS NOT NULL THEN 'IN_PROGRESS'"
            + " ELSE 'NOT_STARTED' END";

    /** How many "today" parameters {@link #CASE} takes. */
    public static final int CASE_PARAMETERS = 2;
}
