package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.identity.boundary.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/cohorts/{id}/attendance}: attendance rates; trainers see all, HR its organisation, learners themselves. */
@Path("cohorts/{id}/attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"LEARNER", "TRAINER", "HR", "ADMIN"})
public class AttendanceResource {

    @Inject Attendances attendances;
    @Inject CurrentCaller caller;

    /** @param excusedCountsAsPresent for programs that count an excused absence as attendance (default false) */
    @GET
    public CohortAttendance rates(@PathParam("id") long id, @QueryParam("excusedCountsAsPresent") boolean excusedCountsAsPresent) {
        return attendances.rates(caller.get(), id, excusedCountsAsPresent);
    }
}
