package de.smartcity.academy.course.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Fails the build when the real course content in {@code courses/} breaks a rule of its README. */
class CourseLibraryGuardTest {

    private final CourseLibrary library = new CourseLibraryReader().read(Path.of("courses"));

    @Test
    void everyCourseAndProgramIsValid() {
        assertThat(library.rejected()).as("rejected content:%n%s", String.join("\n",
                library.rejected().values().stream().flatMap(errors -> errors.stream().map(ContentError::toString))
                        .toList())).isEmpty();
        assertThat(library.courses()).extracting(CourseDefinition::slug)
                .containsExactly("informationssicherheit", "it-architektur", "ki-in-der-verwaltung", "vergaberecht-digital");
        assertThat(library.programs()).extracting(ProgramDefinition::slug).containsExactly("smart-city-manager");
    }

    @Test
    void everyCourseHasEnoughModulesLessonsAndQuestions() {
        assertThat(library.courses()).allSatisfy(course -> {
            assertThat(course.contentVersion()).matches("[0-9a-f]{64}");
            assertThat(course.modules()).as(course.slug()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(module -> {
                assertThat(module.lessons()).as(course.slug() + "/" + module.id()).hasSizeGreaterThanOrEqualTo(2);
                assertThat(module.quiz()).as(course.slug() + "/" + module.id()).isNotNull();
                assertThat(module.quiz().questions()).as(course.slug() + "/" + module.id()).hasSizeGreaterThanOrEqualTo(6);
            });
        });
    }
}
