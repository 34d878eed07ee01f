package de.smartcity.academy.platform.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A test mail, to check the mail settings of a server (administrators). */
@Path("admin/mail-test")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MailTestResource {

    /** @param id the mail in the outbox ({@code GET /api/admin/outbox}) */
    public record Queued(long id) {}

    @Inject Mailer mailer;

    /** 202: the mail is in the outbox and will be sent (or, in demo mode, only kept there). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public Response send(MailTestRequest request) {
        return Response.accepted(new Queued(mailer.sendTest(request))).build();
    }
}
