package de.smartcity.academy.cohort.entity;

import de.smartcity.academy.platform.error.AcademyException;

/** The action does not fit where the participant stands, e.g. approving someone already enrolled. */
public class WrongParticipantState extends AcademyException {

    public WrongParticipantState(ParticipantStatus status) {
        super(Kind.CONFLICT, "Das geht im Status " + status + " nicht. / Not possible in status " + status + ".");
    }
}
