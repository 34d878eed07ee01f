package de.smartcity.academy.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} lists field errors of a validation failure.
 *
 * @param type a URI naming the kind of problem
 * @param title short, human-readable summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong in this occurrence, safe to show to a user
 * @param errors field errors, empty unless the request failed validation
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://smartcity-academy.example/problems/";

    /** @param field the path of the offending field, e.g. {@code email} or {@code line 3: email} */
    public record FieldError(String field, String message) {}

    public static Problem of(Response.Status status, String kind, String detail) {
        return of(status.getStatusCode(), status.getReasonPhrase(), kind, detail, List.of());
    }

    public static Problem of(int status, String title, String kind, String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + kind, title, status, detail, List.copyOf(errors));
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
