package de.smartcity.academy.identity.boundary;

import de.smartcity.academy.platform.error.AcademyException;

/** A boundary needs a caller, but the request is anonymous or the account is gone. */
public class NotAuthenticated extends AcademyException {

    public NotAuthenticated() {
        super(Kind.FORBIDDEN, "Bitte melden Sie sich an. / Please log in.");
    }
}
