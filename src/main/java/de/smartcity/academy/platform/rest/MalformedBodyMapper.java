package de.smartcity.academy.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A body that cannot be read as the expected JSON (syntax error, wrong type, unknown field) is the
 * client's mistake: 400, with the parser's reason but never a stack trace.
 */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(MalformedBodyMapper.class.getName());

    @Override
    public Response toResponse(ProcessingException exception) {
        if (exception.getCause() instanceof BodyTooLarge tooLarge) {
            return new AcademyProblemMapper().toResponse(tooLarge);
        }
        LOG.log(Level.FINE, "Unreadable request body", exception);
        return Problem.of(400, "Bad Request", "malformed-body",
                "Der Inhalt der Anfrage ist kein gültiges JSON für diesen Aufruf: " + reason(exception)
                        + " / The request body is not valid JSON for this call.",
                java.util.List.of()).toResponse();
    }

    private static String reason(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof JsonParsingException || t instanceof JsonbException) {
                String message = t.getMessage();
                return message == null ? "unlesbar" : message.lines().findFirst().orElse("unlesbar");
            }
        }
        return "unlesbar";
    }
}
