package de.smartcity.academy.training.boundary;

import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.paging.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /api/assignments}: mandatory training in the caller's subtree (HR, admin). */
@Path("assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"HR", "ADMIN"})
public class AssignmentsResource {

    @Inject Assignments assignments;
    @Inject CurrentCaller caller;

    @GET
    public Page<AssignmentView> page(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return assignments.page(caller.get(), Page.number(page), Page.size(size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(AssignmentForm form) {
        AssignmentView created = assignments.assign(caller.get(), form);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    public void withdraw(@PathParam("id") long id) {
        assignments.withdraw(caller.get(), id);
    }
}
