package de.smartcity.academy.course.boundary;

import de.smartcity.academy.identity.boundary.CurrentCaller;
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
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/** The caller's own quiz attempts: read, answer, submit. Another learner's attempt is "not found". */
@Path("me/attempts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("LEARNER")
public class MyAttemptsResource {

    /** @param chosen indices of the chosen options (as listed in the attempt) */
    public record Answer(Set<Integer> chosen) implements java.io.Serializable {}

    @Inject Quizzes quizzes;
    @Inject CurrentCaller caller;

    @GET
    @Path("{attemptId}")
    public AttemptView attempt(@PathParam("attemptId") long attemptId) {
        return quizzes.attempt(caller.get(), attemptId);
    }

    @PUT
    @Path("{attemptId}/answers/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AttemptView answer(@PathParam("attemptId") long attemptId, @PathParam("questionId") String questionId,
                              Answer answer) {
        return quizzes.answer(caller.get(), attemptId, questionId,
                answer == null || answer.chosen() == null ? Set.of() : answer.chosen());
    }

    @POST
    @Path("{attemptId}/submit")
    public AttemptView submit(@PathParam("attemptId") long attemptId) {
        return quizzes.submit(caller.get(), attemptId);
    }
}
