package de.smartcity.academy.course.boundary;

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

/** The catalogue and the learner's actions on a course (reading, marking done, starting a quiz). */
@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

    @Inject Catalogue catalogue;
    @Inject Learning learning;
    @Inject Quizzes quizzes;
    @Inject CurrentCaller caller;

    @GET
    @RolesAllowed({"LEARNER", "TRAINER", "HR", "ADMIN"})
    public Page<CourseSummary> list(@QueryParam("q") String text, @QueryParam("topic") String topic,
                                    @QueryParam("language") String language, @QueryParam("maxHours") Integer maxHours,
                                    @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return catalogue.search(new Catalogue.Filter(text, topic, language, maxHours), Page.number(page), Page.size(size));
    }

    /** The course outline with the caller's own progress. */
    @GET
    @Path("{id}")
    @RolesAllowed("LEARNER")
    public CourseView get(@PathParam("id") String id) {
        return learning.course(caller.get(), id);
    }

    @GET
    @Path("{id}/lessons/{lessonId}")
    @RolesAllowed("LEARNER")
    public LessonView lesson(@PathParam("id") String id, @PathParam("lessonId") String lessonId) {
        return learning.openLesson(caller.get(), id, lessonId);
    }

    @POST
    @Path("{id}/lessons/{lessonId}/done")
    @RolesAllowed("LEARNER")
    public CourseView done(@PathParam("id") String id, @PathParam("lessonId") String lessonId) {
        return learning.markDone(caller.get(), id, lessonId);
    }

    /** Starts an attempt at the quiz, or returns the open one. */
    @POST
    @Path("{id}/quizzes/{quizId}/attempts")
    @RolesAllowed("LEARNER")
    public AttemptView startAttempt(@PathParam("id") String id, @PathParam("quizId") String quizId) {
        return quizzes.start(caller.get(), id, quizId);
    }
}
