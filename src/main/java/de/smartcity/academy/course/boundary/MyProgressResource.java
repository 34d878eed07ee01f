package de.smartcity.academy.course.boundary;

import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.paging.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/me/progress}: the caller's own courses and progress, nobody else's. */
@Path("me/progress")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("LEARNER")
public class MyProgressResource {

    @Inject Learning learning;
    @Inject CurrentCaller caller;

    @GET
    public Page<ProgressEntry> progress(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return learning.progress(caller.get(), Page.number(page), Page.size(size));
    }
}
