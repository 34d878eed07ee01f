package de.smartcity.academy.certificate.boundary;

import de.smartcity.academy.identity.boundary.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;

/** A cohort's program certificates: check, issue in one go, download all as ZIP (trainers, admins). */
@Path("cohorts/{id}/certificates")
@RequestScoped
@RolesAllowed({"TRAINER", "ADMIN"})
public class CohortCertificatesResource {

    @Inject CohortCertificates cohortCertificates;
    @Inject CohortIssuing issuing;
    @Inject CurrentCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<CohortCertificates.Outcome> preview(@PathParam("id") long id) {
        return cohortCertificates.preview(caller.get(), id);
    }

    /** Issues all and answers when done (the page shows the same run's progress instead). */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public List<CohortCertificates.Outcome> issueAll(@PathParam("id") long id) {
        return issuing.run(caller.get(), id).outcomes();
    }

    @GET
    @Path("zip")
    @Produces("application/zip")
    public Response zip(@PathParam("id") long id, @QueryParam("lang") String language) {
        var who = caller.get();
        StreamingOutput body = out -> cohortCertificates.zip(who, id, language, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"Zertifikate-Kohorte-" + id + ".zip\"").build();
    }
}
