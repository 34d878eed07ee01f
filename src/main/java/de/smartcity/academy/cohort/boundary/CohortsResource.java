package de.smartcity.academy.cohort.boundary;

import de.smartcity.academy.cohort.entity.CohortStatus;
import de.smartcity.academy.cohort.entity.ParticipantStatus;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.error.InvalidInput;
import de.smartcity.academy.platform.paging.Page;
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
import java.time.LocalDate;
import java.util.List;

/** {@code /api/cohorts}: cohorts, applications and enrolments, with the same rules as the UI. */
@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"LEARNER", "TRAINER", "HR", "ADMIN"})
public class CohortsResource {

    public record Note(String note) implements java.io.Serializable {}

    public record Reason(String reason) implements java.io.Serializable {}

    public record StatusChange(CohortStatus status) implements java.io.Serializable {}

    public record NextRun(LocalDate startsOn) implements java.io.Serializable {}

    public record Enrolment(Long personId) implements java.io.Serializable {}

    public record Reminder(List<Long> participantIds, String text) implements java.io.Serializable {}

    @Inject Cohorts cohorts;
    @Inject Applications applications;
    @Inject Participants participants;
    @Inject EnrolmentImport enrolmentImport;
    @Inject CohortDashboard dashboard;
    @Inject CurrentCaller caller;

    @GET
    public Page<CohortView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return cohorts.list(caller.get(), Page.number(page), Page.size(size));
    }

    @POST
    @RolesAllowed({"TRAINER", "ADMIN"})
    public Response create(CohortForm form) {
        CohortView created = cohorts.create(caller.get(), form);
        return Response.created(URI.create("cohorts/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public CohortView get(@PathParam("id") long id) {
        return cohorts.get(caller.get(), id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"TRAINER", "ADMIN"})
    public CohortView update(@PathParam("id") long id, CohortForm form) {
        return cohorts.update(caller.get(), id, form);
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({"TRAINER", "ADMIN"})
    public CohortView move(@PathParam("id") long id, StatusChange change) {
        return cohorts.move(caller.get(), id, change == null ? null : change.status());
    }

    @POST
    @Path("{id}/copies")
    @RolesAllowed({"TRAINER", "ADMIN"})
    public Response copy(@PathParam("id") long id, NextRun next) {
        CohortView copy = cohorts.copy(caller.get(), id, next == null ? null : next.startsOn());
        return Response.created(URI.create("cohorts/" + copy.id())).entity(copy).build();
    }

    /** Learners apply; the answer says whether they got a seat, a waitlist place or await a decision. */
    @POST
    @Path("{id}/applications")
    @RolesAllowed("LEARNER")
    public Response apply(@PathParam("id") long id, Note note) {
        ParticipantView participant = applications.apply(caller.get(), id, note == null ? null : note.note());
        return Response.status(201).entity(participant).build();
    }

    /** Trainers/admins: everyone; HR: its organisation; learners: themselves. */
    @GET
    @Path("{id}/applications")
    public Page<ParticipantView> applications(@PathParam("id") long id, @QueryParam("status") ParticipantStatus status,
                                              @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return participants.list(caller.get(), id, status, Page.number(page), Page.size(size));
    }

    @POST
    @Path("{id}/applications/{participantId}/approval")
    @RolesAllowed({"TRAINER", "HR", "ADMIN"})
    public ParticipantView approve(@PathParam("id") long id, @PathParam("participantId") long participantId) {
        return applications.approve(caller.get(), id, participantId);
    }

    @POST
    @Path("{id}/applications/{participantId}/decline")
    @RolesAllowed({"TRAINER", "HR", "ADMIN"})
    public ParticipantView decline(@PathParam("id") long id, @PathParam("participantId") long participantId,
                                   Reason reason) {
        return applications.decline(caller.get(), id, participantId, reason == null ? null : reason.reason());
    }

    /** Cancels an application or a seat (own, or as the cohort's trainer); the waitlist moves up. */
    @DELETE
    @Path("{id}/applications/{participantId}")
    public ParticipantView cancel(@PathParam("id") long id, @PathParam("participantId") long participantId) {
        return applications.cancel(caller.get(), id, participantId, null);
    }

    @GET
    @Path("{id}/enrolments")
    public Page<ParticipantView> enrolments(@PathParam("id") long id, @QueryParam("page") Integer page,
                                            @QueryParam("size") Integer size) {
        return participants.list(caller.get(), id, ParticipantStatus.ENROLLED, Page.number(page), Page.size(size));
    }

    @POST
    @Path("{id}/enrolments")
    @RolesAllowed({"TRAINER", "ADMIN"})
    public Response enrol(@PathParam("id") long id, Enrolment enrolment) {
        if (enrolment == null || enrolment.personId() == null) {
            throw new InvalidInput("personId fehlt. / personId missing.",
                    List.of(new InvalidInput.Violation("personId", "Pflichtfeld / required")));
        }
        return Response.status(201).entity(applications.enrol(caller.get(), id, enrolment.personId())).build();
    }

    /** CSV of e-mail addresses (header {@code email}); all lines valid or nothing is enrolled. */
    @POST
    @Path("{id}/enrolments/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({"TRAINER", "ADMIN"})
    @MaxBodySize(bytes = 1024 * 1024)
    public Response importCsv(@PathParam("id") long id, String csv) {
        EnrolmentImport.Report report = enrolmentImport.importCsv(caller.get(), id, csv);
        return Response.status(report.imported() ? 200 : 422).entity(report).build();
    }

    /** Participants × courses with progress, attendance and who is at risk (trainers of the cohort, admins). */
    @GET
    @Path("{id}/dashboard")
    @RolesAllowed({"TRAINER", "ADMIN"})
    public Dashboard dashboard(@PathParam("id") long id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return dashboard.of(caller.get(), id, Page.number(page), Page.size(size));
    }

    /** E-mails the trainer's text to the chosen participants (in their language's frame). */
    @POST
    @Path("{id}/reminders")
    @RolesAllowed({"TRAINER", "ADMIN"})
    public Response remind(@PathParam("id") long id, Reminder reminder) {
        int sent = dashboard.remind(caller.get(), id,
                reminder == null || reminder.participantIds() == null ? List.of() : reminder.participantIds(),
                reminder == null ? null : reminder.text());
        return Response.accepted(java.util.Map.of("queued", sent)).build();
    }
}
