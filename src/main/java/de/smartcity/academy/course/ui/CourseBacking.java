package de.smartcity.academy.course.ui;

import de.smartcity.academy.course.boundary.CourseView;
import de.smartcity.academy.course.boundary.Learning;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A course page ({@code learner/course.xhtml?id=…}): outline, own progress and the way on. View
 * scoped so that the refresher button on it still exists when it is posted back.
 */
@Named
@ViewScoped
public class CourseBacking implements Serializable {

    @Inject Learning learning;
    @Inject CurrentCaller currentCaller;

    private String id;
    private CourseView course;

    /** f:viewAction: an unknown course is a 404. */
    public void load() {
        course = learning.course(currentCaller.get(), id);
    }

    /** The title of the lesson "Weiter lernen" leads to. */
    public String getNextLessonTitle() {
        return course.modules().stream().flatMap(m -> m.lessons().stream())
                .filter(l -> l.id().equals(course.nextLessonId())).map(CourseView.LessonItem::title)
                .findFirst().orElse("");
    }

    public CourseView getCourse() {
        return course;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
