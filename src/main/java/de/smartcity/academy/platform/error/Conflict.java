package de.smartcity.academy.platform.error;

/** The request contradicts the current state, e.g. a duplicate e-mail address. */
public class Conflict extends AcademyException {

    public Conflict(String message) {
        super(Kind.CONFLICT, message);
    }
}
