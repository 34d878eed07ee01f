package de.smartcity.academy.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/me}: who am I, as the academy sees me. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** @param organisation the organisation the caller works in; {@code scope} where HR/admin rights apply */
    public record Me(String username, String name, String email, List<String> roles,
                     OrganisationRef organisation, OrganisationRef scope, String language) implements java.io.Serializable {}

    public record OrganisationRef(long id, String name) implements java.io.Serializable {}

    @Inject CurrentCaller currentCaller;

    @GET
    @PermitAll
    public Me me() {
        Caller caller = currentCaller.get();
        return new Me(caller.username(), caller.displayName(), caller.email(),
                caller.roles().stream().map(Enum::name).sorted().toList(),
                new OrganisationRef(caller.organisationId(), caller.organisationName()),
                caller.scopeId() == null ? null : new OrganisationRef(caller.scopeId(), caller.scopeName()),
                caller.language().name().toLowerCase());
    }
}
