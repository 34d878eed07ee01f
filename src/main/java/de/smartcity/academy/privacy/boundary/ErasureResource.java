package de.smartcity.academy.privacy.boundary;

import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.paging.Page;
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

/** {@code /api/privacy}: people past the retention period, and anonymising a person (administrators, in their scope). */
@Path("privacy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class ErasureResource {

    @Inject Erasure erasure;
    @Inject CurrentCaller caller;

    @GET
    @Path("retention")
    public Page<Erasure.Due> pastRetention(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return erasure.pastRetention(caller.get(), Page.number(page), Page.size(size));
    }

    /** Irreversible: name, e-mail, login and notes are gone; counts and issued certificates stay. */
    @POST
    @Path("people/{id}/anonymisation")
    public Erasure.Anonymised anonymise(@PathParam("id") long id) {
        return erasure.anonymise(caller.get(), id);
    }
}
