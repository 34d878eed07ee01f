package de.smartcity.academy.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (404, 405, 415, 403 from role checks, ...) as problem documents. */
@Provider
public class WebApplicationProblemMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        Problem problem = Problem.of(status, original.getStatusInfo().getReasonPhrase(),
                "http-" + status, detail(status), java.util.List.of());
        Response.ResponseBuilder response = Response.status(status)
                .type(Problem.MEDIA_TYPE).entity(problem);
        copy(original, response, HttpHeaders.ALLOW);
        copy(original, response, HttpHeaders.WWW_AUTHENTICATE);
        return response.build();
    }

    private static void copy(Response from, Response.ResponseBuilder to, String header) {
        if (from.getHeaderString(header) != null) {
            to.header(header, from.getHeaderString(header));
        }
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "Ungültige Anfrage. / Bad request.";
            case 401 -> "Anmeldung erforderlich. / Authentication required.";
            case 403 -> "Keine Berechtigung. / Access denied.";
            case 404 -> "Nicht gefunden. / Not found.";
            case 405 -> "Methode nicht erlaubt. / Method not allowed.";
            case 406 -> "Antwortformat nicht unterstützt. / Response format not supported.";
            case 413 -> "Anfrage zu groß. / Request too large.";
            case 415 -> "Format der Anfrage nicht unterstützt. / Request format not supported.";
            default -> "Die Anfrage konnte nicht bearbeitet werden. / The request could not be processed.";
        };
    }
}
