package de.smartcity.academy.course.boundary;

import de.smartcity.academy.course.control.LocalizedText;
import de.smartcity.academy.course.entity.Course;

/**
 * A course in the catalogue. {@code id} is the URL-safe slug used in paths; {@code iri} the stable
 * identifier of the course.
 */
public record CourseSummary(String id, String iri, LocalizedText title, String topic, String language,
                            int estimatedHours, int modules, String version) implements java.io.Serializable {

    static CourseSummary of(Course course) {
        return new CourseSummary(course.slug(), course.iri(), new LocalizedText(course.titleDe(), course.titleEn()),
                course.topic(), course.language(), course.estimatedHours(), course.moduleCount(),
                course.currentVersion());
    }
}
