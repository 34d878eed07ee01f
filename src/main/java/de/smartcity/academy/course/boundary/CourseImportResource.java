package de.smartcity.academy.course.boundary;

import de.smartcity.academy.identity.boundary.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /api/admin/course-imports}: import {@code courses/} now and report per course. */
@Path("admin/course-imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class CourseImportResource {

    @Inject CourseImport courseImport;
    @Inject CurrentCaller caller;

    @POST
    public ImportOutcome importNow() {
        return courseImport.importNow(caller.get());
    }
}
