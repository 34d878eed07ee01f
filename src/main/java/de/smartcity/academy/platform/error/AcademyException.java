package de.smartcity.academy.platform.error;

/**
 * Base of the academy's typed exceptions. Features subclass it with names from their domain; the
 * REST layer and the web UI map the {@link Kind} once, so no feature deals with HTTP.
 * Messages must be safe to show to users (no internals).
 */
public abstract class AcademyException extends RuntimeException {

    /** What kind of failure, and the HTTP status it maps to. */
    public enum Kind {
        INVALID(400), FORBIDDEN(403), REAUTHENTICATION_REQUIRED(403), NOT_FOUND(404), CONFLICT(409), TOO_LARGE(413), THROTTLED(429);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;

    protected AcademyException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
