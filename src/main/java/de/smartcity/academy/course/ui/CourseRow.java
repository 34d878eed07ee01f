package de.smartcity.academy.course.ui;

import de.smartcity.academy.course.boundary.CourseSummary;
import java.io.Serializable;
import java.util.Locale;

/**
 * A catalogue row as the lazy tables keep it: the loaded page stays in the view state, which
 * lives in the (distributable) session, so it must be serializable.
 */
public record CourseRow(String id, String titleDe, String titleEn, String topic, String language, int estimatedHours,
                        int modules, String version) implements Serializable {

    static CourseRow of(CourseSummary course) {
        return new CourseRow(course.id(), course.title().de(), course.title().en(), course.topic(), course.language(),
                course.estimatedHours(), course.modules(), course.version());
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : titleDe;
    }
}
