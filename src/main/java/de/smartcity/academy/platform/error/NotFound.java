package de.smartcity.academy.platform.error;

/** The object does not exist, or exists outside the caller's scope (we do not say which). */
public class NotFound extends AcademyException {

    public NotFound(String what) {
        super(Kind.NOT_FOUND, what + " nicht gefunden. / " + what + " not found.");
    }
}
