package de.smartcity.academy.platform.rest;

import de.smartcity.academy.platform.error.AcademyException;

/** The request body is larger than the endpoint accepts. */
public class BodyTooLarge extends AcademyException {

    public BodyTooLarge(long limitBytes) {
        super(Kind.TOO_LARGE, "Die Anfrage ist größer als " + limitBytes / 1024
                + " KiB. / The request is larger than " + limitBytes / 1024 + " KiB.");
    }
}
