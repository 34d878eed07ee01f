package de.smartcity.academy.privacy.boundary;

import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.identity.boundary.Reauthentication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/me/data}: the caller's copy of all data the academy holds about them (JSON, or PDF below it). */
@Path("me/data")
@RequestScoped
@RolesAllowed({"LEARNER", "TRAINER", "HR", "ADMIN"})
public class MyDataResource {

    @Inject PersonalData personalData;
    @Inject CurrentCaller caller;
    @Inject Reauthentication reauthentication;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response json() {
        reauthentication.require();
        return Response.ok(personalData.mine(caller.get()))
                .header("Content-Disposition", "attachment; filename=\"meine-daten.json\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf() {
        reauthentication.require();
        return Response.ok(personalData.minePdf(caller.get()), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"meine-daten.pdf\"")
                .header("Cache-Control", "no-store").build();
    }
}
