package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.entity.AttendanceStatus;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.rest.MaxBodySize;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** {@code /api/cohorts/{id}/sessions}: live sessions and their attendance, with the rules of the boundaries. */
@Path("cohorts/{id}/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"LEARNER", "TRAINER", "HR", "ADMIN"})
public class SessionsResource {

    public record StatusChange(AttendanceStatus status) implements java.io.Serializable {}

    @Inject Sessions sessions;
    @Inject Attendances attendances;
    @Inject AttendanceImport attendanceImport;
    @Inject CurrentCaller caller;

    @GET
    public List<SessionView> list(@PathParam("id") long id) {
        return sessions.list(caller.get(), id);
    }

    @POST
    @RolesAllowed({"TRAINER", "ADMIN"})
    public Response create(@PathParam("id") long id, SessionForm form) {
        SessionView created = sessions.create(caller.get(), id, form);
        return Response.created(URI.create("cohorts/" + id + "/sessions/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{sessionId}")
    @RolesAllowed({"TRAINER", "ADMIN"})
    public SessionView update(@PathParam("id") long id, @PathParam("sessionId") long sessionId, SessionForm form) {
        return sessions.update(caller.get(), id, sessionId, form);
    }

    @DELETE
    @Path("{sessionId}")
    @RolesAllowed({"TRAINER", "ADMIN"})
    public Response delete(@PathParam("id") long id, @PathParam("sessionId") long sessionId) {
        sessions.delete(caller.get(), id, sessionId);
        return Response.noContent().build();
    }

    /** Trainers/admins: every enrolled participant; HR: its organisation; learners: themselves. */
    @GET
    @Path("{sessionId}/attendance")
    public List<AttendanceView> attendance(@PathParam("id") long id, @PathParam("sessionId") long sessionId) {
        return attendances.ofSession(caller.get(), id, sessionId);
    }

    /** The whole session at once: {@code [{"participantId":1,"status":"PRESENT"}, ...]}, all or nothing. */
    @PUT
    @Path("{sessionId}/attendance")
    @RolesAllowed({"TRAINER", "ADMIN"})
    public List<AttendanceView> recordAll(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
                                          List<AttendanceEntry> entries) {
        return attendances.recordAll(caller.get(), id, sessionId, entries == null ? List.of() : entries);
    }

    @PUT
    @Path("{sessionId}/attendance/{participantId}")
    @RolesAllowed({"TRAINER", "ADMIN"})
    public AttendanceView record(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
                                 @PathParam("participantId") long participantId, StatusChange change) {
        return attendances.record(caller.get(), id, sessionId, participantId, change == null ? null : change.status());
    }

    /** A conference tool's participant list (name;email;join;leave); 422 with the bad lines, nothing recorded. */
    @POST
    @Path("{sessionId}/attendance/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({"TRAINER", "ADMIN"})
    @MaxBodySize(bytes = 1024 * 1024)
    public Response importCsv(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
                              @QueryParam("minMinutes") Integer minMinutes, String csv) {
        AttendanceImport.Report report = attendanceImport.importCsv(caller.get(), id, sessionId, csv == null ? "" : csv,
                minMinutes);
        return Response.status(report.imported() ? 200 : 422).entity(report).build();
    }
}
