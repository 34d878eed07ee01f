package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.platform.error.AcademyException;

/** Something only the cohort's enrolled participants (and its trainers) may have, e.g. its calendar. */
public class NotEnrolled extends AcademyException {

    public NotEnrolled() {
        super(Kind.FORBIDDEN, "Nur für Teilnehmende dieser Kohorte. / Only for participants of this cohort.");
    }
}
