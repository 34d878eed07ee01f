package de.smartcity.academy.certificate.boundary;

import de.smartcity.academy.identity.boundary.CurrentCaller;
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
import jakarta.ws.rs.core.StreamingOutput;

/** Certificates: the holder's list, the signed credential and the PDF, revocation and re-issue. */
@Path("certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"LEARNER", "TRAINER", "HR", "ADMIN"})
public class CertificatesResource {

    public record Reason(String reason, String holderName) {}

    @Inject Certificates certificates;
    @Inject OrganisationCertificates organisationCertificates;
    @Inject CurrentCaller caller;

    /** All certificates of people in this organisation unit and below, as PDFs in one ZIP (HR, admins). */
    @GET
    @Path("zip")
    @Produces("application/zip")
    @RolesAllowed({"HR", "ADMIN"})
    public Response zip(@QueryParam("org") Long organisation, @QueryParam("lang") String language) {
        var who = caller.get();
        long org = organisation == null ? who.scopeId() : organisation;
        StreamingOutput body = out -> organisationCertificates.zip(who, org, language, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"Zertifikate-" + org + ".zip\"").build();
    }

    /** The Open Badges 3.0 credential, exactly as signed. */
    @GET
    @Path("{id}/credential")
    @Produces({"application/vc+ld+json", MediaType.APPLICATION_JSON})
    public Response credential(@PathParam("id") String id) {
        return Response.ok(certificates.credential(caller.get(), id), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + id + ".json\"").build();
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id, @QueryParam("lang") String language) {
        return Response.ok(certificates.pdf(caller.get(), id, language), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"Zertifikat-" + id + ".pdf\"").build();
    }

    @POST
    @Path("{id}/revocation")
    @RolesAllowed({"TRAINER", "ADMIN"})
    public CertificateView revoke(@PathParam("id") String id, Reason reason) {
        return certificates.revoke(caller.get(), id, reason == null ? null : reason.reason());
    }

    /** Re-issue with a correction (e.g. the holder's name); the old certificate is superseded, not deleted. */
    @POST
    @Path("{id}/reissue")
    @RolesAllowed({"TRAINER", "ADMIN"})
    public Response reissue(@PathParam("id") String id, Reason reason) {
        CertificateView next = certificates.reissue(caller.get(), id, reason == null ? null : reason.holderName(),
                reason == null ? null : reason.reason());
        return Response.status(201).entity(next).build();
    }
}
