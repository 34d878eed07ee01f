package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.control.SessionCalendar;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/cohorts/{id}/sessions.ics}: the sessions as a calendar file for enrolled participants,
 * trainers and admins. A class of its own because "sessions.ics" is not a sub-path of "sessions".
 */
@Path("cohorts/{id}/sessions.ics")
@RequestScoped
@RolesAllowed({"LEARNER", "TRAINER", "HR", "ADMIN"})
public class SessionCalendarResource {

    @Inject Sessions sessions;
    @Inject CurrentCaller caller;

    @GET
    @Produces("text/calendar")
    public Response calendar(@PathParam("id") long id) {
        return Response.ok(sessions.calendar(caller.get(), id), SessionCalendar.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"kohorte-" + id + "-termine.ics\"")
                .build();
    }
}
