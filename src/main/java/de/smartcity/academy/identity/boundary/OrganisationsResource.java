package de.smartcity.academy.identity.boundary;

import de.smartcity.academy.platform.paging.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The organisation tree below the caller's scope. */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"HR", "ADMIN"})
public class OrganisationsResource {

    @Inject CurrentCaller caller;
    @Inject Organisations organisations;

    /** The caller's scope organisation, the root of what they may see. */
    @GET
    public OrganisationView root() {
        return organisations.root(caller.get());
    }

    @GET
    @Path("{id}/children")
    public Page<OrganisationView> children(@PathParam("id") long id, @QueryParam("page") Integer page,
                                           @QueryParam("size") Integer size) {
        return organisations.children(caller.get(), id, Page.number(page), Page.size(size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public Response create(OrganisationForm form) {
        OrganisationView created = organisations.create(caller.get(), form);
        return Response.created(URI.create("organisations/" + created.id())).entity(created).build();
    }
}
