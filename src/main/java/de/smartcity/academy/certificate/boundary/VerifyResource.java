package de.smartcity.academy.certificate.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /api/verify}: anyone checks a credential JSON (signature, and its status with us). */
@Path("verify")
@RequestScoped
@PermitAll
public class VerifyResource {

    @Inject Certificates certificates;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "application/vc+ld+json"})
    @Produces(MediaType.APPLICATION_JSON)
    public Certificates.CredentialCheck verify(String credentialJson) {
        return certificates.check(credentialJson);
    }
}
