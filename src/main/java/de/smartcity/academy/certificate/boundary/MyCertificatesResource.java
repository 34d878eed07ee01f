package de.smartcity.academy.certificate.boundary;

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

/** {@code GET /api/me/certificates}: the caller's own certificates, newest first. */
@Path("me/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"LEARNER", "TRAINER", "HR", "ADMIN"})
public class MyCertificatesResource {

    @Inject Certificates certificates;
    @Inject CurrentCaller caller;

    @GET
    public Page<CertificateView> mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return certificates.mine(caller.get(), Page.number(page), Page.size(size));
    }
}
