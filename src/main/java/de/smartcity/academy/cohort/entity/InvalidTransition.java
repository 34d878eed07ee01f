package de.smartcity.academy.cohort.entity;

import de.smartcity.academy.platform.error.AcademyException;

/** A status change the cohort's life does not allow, e.g. archived → open. */
public class InvalidTransition extends AcademyException {

    public InvalidTransition(CohortStatus from, CohortStatus to) {
        super(Kind.CONFLICT, "Statuswechsel " + from + " → " + to + " ist nicht erlaubt. / Status change not allowed.");
    }
}
