package de.smartcity.academy.course.ui;

import de.smartcity.academy.course.boundary.CourseView;
import de.smartcity.academy.course.boundary.Learning;
import de.smartcity.academy.course.boundary.LessonView;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.error.AcademyException;
import de.smartcity.academy.platform.web.FormErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/**
 * One lesson ({@code learner/lesson.xhtml?course=…&lesson=…}): read it, mark it done, go on. The
 * view keeps only ids and the done state; the lesson itself is reloaded if the session was moved.
 */
@Named
@ViewScoped
public class LessonBacking implements Serializable {

    static final String DONE_STATUS = "doneStatus";

    @Inject Learning learning;
    @Inject CurrentCaller currentCaller;

    private String course;
    private String lesson;
    private boolean done;
    private boolean courseCompleted;
    private transient LessonView view;

    /** f:viewAction: opens the lesson (remembered as the place to resume); unknown ids are a 404. */
    public void load() {
        view = learning.openLesson(currentCaller.get(), course, lesson);
        done = view.done();
    }

    public void markDone() {
        try {
            CourseView after = learning.markDone(currentCaller.get(), course, lesson);
            done = true;
            courseCompleted = after.completed() && !after.refresherRunning();
            // the button the keyboard user pressed is gone: move focus to what replaced it
            PrimeFaces.current().executeScript("document.getElementById('" + DONE_STATUS + "').focus()");
        } catch (AcademyException rejection) {
            FormErrors.show("lessonForm", rejection);
        }
    }

    public LessonView getView() {
        if (view == null) {
            view = learning.openLesson(currentCaller.get(), course, lesson);
        }
        return view;
    }

    public boolean isDone() {
        return done;
    }

    public boolean isCourseCompleted() {
        return courseCompleted;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getLesson() {
        return lesson;
    }

    public void setLesson(String lesson) {
        this.lesson = lesson;
    }
}
