package de.smartcity.academy.course.ui;

import de.smartcity.academy.course.boundary.CourseView;
import de.smartcity.academy.course.boundary.Learning;
import de.smartcity.academy.course.boundary.LessonView;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.error.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A module to print ({@code learner/print.xhtml?course=…&module=…}): all its lessons on one page.
 * Opening them counts as visits, like reading them one by one would.
 */
@Named
@RequestScoped
public class ModulePrintBacking {

    /** Lesson bodies start at h2; on this page the lesson title is the h2, so the body moves one level down. */
    private static final Pattern HEADING = Pattern.compile("<(/?)h([1-5])(?=[\\s>])");

    @Inject Learning learning;
    @Inject CurrentCaller currentCaller;

    private String course;
    private String module;
    private CourseView outline;
    private CourseView.ModuleItem shown;
    private List<LessonView> lessons = List.of();

    /** f:viewAction: an unknown course or module is a 404. */
    public void load() {
        Caller caller = currentCaller.get();
        outline = learning.course(caller, course);
        shown = outline.modules().stream().filter(m -> m.id().equals(module)).findFirst()
                .orElseThrow(() -> new NotFound("Modul"));
        lessons = shown.lessons().stream().map(l -> learning.openLesson(caller, course, l.id())).toList();
    }

    public String body(LessonView lesson) {
        return HEADING.matcher(lesson.html()).replaceAll(m -> "<" + m.group(1) + "h" + (Integer.parseInt(m.group(2)) + 1));
    }

    public int getModuleNumber() {
        return outline.modules().indexOf(shown) + 1;
    }

    public CourseView getOutline() {
        return outline;
    }

    public CourseView.ModuleItem getModuleItem() {
        return shown;
    }

    public List<LessonView> getLessons() {
        return lessons;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }
}
