package de.smartcity.academy.platform.rest;

import de.smartcity.academy.platform.error.AcademyException;
import de.smartcity.academy.platform.error.InvalidInput;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** The academy's typed exceptions as problem documents; their messages are written for users. */
@Provider
public class AcademyProblemMapper implements ExceptionMapper<AcademyException> {

    @Override
    public Response toResponse(AcademyException exception) {
        int status = exception.kind().status;
        List<Problem.FieldError> errors = exception instanceof InvalidInput invalid
                ? invalid.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList()
                : List.of();
        return Problem.of(status, Response.Status.fromStatusCode(status) == null
                        ? "Too Many Requests" : Response.Status.fromStatusCode(status).getReasonPhrase(),
                exception.kind().name().toLowerCase().replace('_', '-'), exception.getMessage(), errors)
                .toResponse();
    }
}
