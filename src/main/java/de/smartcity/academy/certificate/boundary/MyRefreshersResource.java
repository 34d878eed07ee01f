package de.smartcity.academy.certificate.boundary;

import de.smartcity.academy.course.boundary.CourseView;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Collection;

/**
 * {@code GET /api/me/refreshers}: the caller's course certificates and whether a refresher is due;
 * {@code POST /api/me/refreshers/{courseId}}: starts it (409 when none is due or one runs already).
 */
@Path("me/refreshers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("LEARNER")
public class MyRefreshersResource {

    @Inject Recertification recertification;
    @Inject CurrentCaller caller;

    @GET
    public Collection<Recertification.Standing> standings() {
        return recertification.standings(caller.get()).values();
    }

    @POST
    @Path("{courseId}")
    public CourseView start(@PathParam("courseId") String courseId) {
        return recertification.start(caller.get(), courseId);
    }
}
