package de.smartcity.academy.identity.boundary;

import de.smartcity.academy.platform.error.AcademyException;

/** An export of personal data was asked for without a recently confirmed password ({@link Reauthentication}). */
public class ReauthenticationRequired extends AcademyException {

    public ReauthenticationRequired() {
        super(Kind.REAUTHENTICATION_REQUIRED, "Bitte bestätigen Sie zuerst Ihr Passwort: Exporte personenbezogener Daten "
                + "erfordern eine erneute Anmeldung. / Confirm your password first: exports of personal data require "
                + "re-authentication.");
    }
}
