package de.smartcity.academy.platform.error;

/** The caller asked for something outside their role or organisation scope. */
public class OutOfScope extends AcademyException {

    public OutOfScope() {
        super(Kind.FORBIDDEN, "Keine Berechtigung für diese Organisation. / Not allowed for this organisation.");
    }
}
