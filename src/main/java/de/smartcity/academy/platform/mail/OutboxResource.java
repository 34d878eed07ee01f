package de.smartcity.academy.platform.mail;

import de.smartcity.academy.platform.paging.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The mail outbox, newest first (administrators). */
@Path("admin/outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    @Inject Outbox outbox;

    @GET
    @RolesAllowed("ADMIN")
    public Page<OutboxEntry> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return outbox.page(Page.number(page), Page.size(size));
    }
}
