package de.smartcity.academy.identity.boundary;

import de.smartcity.academy.platform.paging.Page;
import de.smartcity.academy.platform.rest.MaxBodySize;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** People in the caller's organisation scope (HR reads, admins write). */
@Path("people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    @Inject CurrentCaller caller;
    @Inject People people;
    @Inject PeopleImport peopleImport;
    @Inject Accounts accounts;

    /**
     * @param organisation only people in this organisation and below (403 outside the caller's scope)
     * @param q search text in names and e-mail
     */
    @GET
    @RolesAllowed({"HR", "ADMIN"})
    public Page<PersonView> list(@QueryParam("org") Long organisation, @QueryParam("q") String q,
                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return people.search(caller.get(), organisation, q, Page.number(page), Page.size(size));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"HR", "ADMIN"})
    public PersonView get(@PathParam("id") long id) {
        return people.get(caller.get(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public Response create(PersonForm form) {
        PersonView created = people.create(caller.get(), form);
        return Response.created(URI.create("people/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public PersonView update(@PathParam("id") long id, PersonForm form) {
        return people.update(caller.get(), id, form);
    }

    /** Creates the person's login or changes its roles (admins, inside their scope). */
    @PUT
    @Path("{id}/account")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public AccountView grant(@PathParam("id") long id, AccountGrant grant) {
        return accounts.grant(caller.get(), id, grant);
    }

    /** CSV upload (UTF-8, ';' or ','); 200 with the report, 422 when lines were rejected and nothing written. */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed("ADMIN")
    @MaxBodySize(bytes = 5 * 1024 * 1024)
    public Response importCsv(String csv) {
        ImportReport report = peopleImport.importCsv(caller.get(), csv);
        return Response.status(report.imported() ? 200 : 422).entity(report).build();
    }
}
