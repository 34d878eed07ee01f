package de.smartcity.academy.certificate.boundary;

import de.smartcity.academy.platform.error.NotFound;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The public revocation list every issued credential points to (Bitstring Status List). */
@Path("status-lists")
@RequestScoped
@PermitAll
public class StatusListResource {

    @Inject Certificates certificates;

    @GET
    @Path("{list}")
    @Produces({MediaType.APPLICATION_JSON, "application/vc+ld+json"})
    public Response statusList(@PathParam("list") int list) {
        if (list != 1) {
            throw new NotFound("Statusliste");
        }
        return Response.ok(certificates.statusList(), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "max-age=60").build();
    }
}
