package de.smartcity.academy.training.boundary;

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

/** {@code GET /api/me/training}: the caller's mandatory training with due dates and status. */
@Path("me/training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"LEARNER", "TRAINER", "HR", "ADMIN"})
public class MyTrainingResource {

    @Inject MyTraining training;
    @Inject CurrentCaller caller;

    @GET
    public Page<MyTrainingEntry> mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return training.mine(caller.get(), Page.number(page), Page.size(size));
    }
}
