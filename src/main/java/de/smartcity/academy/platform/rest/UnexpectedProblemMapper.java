package de.smartcity.academy.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything unforeseen: logged in full with an incident id, answered with that id only — a user
 * never sees a stack trace.
 */
@Provider
public class UnexpectedProblemMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedProblemMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "event=rest.error incident=" + incident, exception);
        return Problem.of(500, "Internal Server Error", "internal",
                "Ein interner Fehler ist aufgetreten (Vorgang " + incident + "). / An internal error occurred.",
                java.util.List.of()).toResponse();
    }
}
