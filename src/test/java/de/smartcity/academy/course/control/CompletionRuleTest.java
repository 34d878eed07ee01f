package de.smartcity.academy.course.control;

import static de.smartcity.academy.course.control.QuizFixtures.course;
import static de.smartcity.academy.course.control.QuizFixtures.module;
import static de.smartcity.academy.course.control.QuizFixtures.quiz;
import static de.smartcity.academy.course.control.QuizFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompletionRuleTest {

    private final QuizDefinition q1 = quiz("q1", 50, false, single("a", 1, 0), single("b", 1, 0));
    private final QuizDefinition q2 = quiz("q2", 50, false, single("a", 1, 0), single("b", 1, 0));
    private final CourseDefinition course = course(70, module("m1", q1, "l1", "l2"), module("m2", q2, "l3"));

    @Test
    void completeWhenAllLessonsDoneAllQuizzesPassedAndTheCoursePassMarkReached() {
        assertThat(CompletionRule.completion(course, Set.of("l1", "l2", "l3"), Map.of("q1", 2, "q2", 1),
                Set.of("q1", "q2"))).contains(75);
    }

    @Test
    void aMissingLessonOrAnUnpassedQuizKeepsItOpen() {
        assertThat(CompletionRule.completion(course, Set.of("l1", "l3"), Map.of("q1", 2, "q2", 2),
                Set.of("q1", "q2"))).isEmpty();
        assertThat(CompletionRule.completion(course, Set.of("l1", "l2", "l3"), Map.of("q1", 2),
                Set.of("q1"))).isEmpty();
    }

    @Test
    void passingEachQuizBarelyIsNotEnoughBelowTheCoursePassMark() {
        assertThat(CompletionRule.completion(course, Set.of("l1", "l2", "l3"), Map.of("q1", 1, "q2", 1),
                Set.of("q1", "q2"))).as("50 % < 70 %").isEmpty();
    }

    @Test
    void lessonsOfOlderVersionsDoNotCountButDoNotHurt() {
        assertThat(CompletionRule.progressPercent(course, Set.of("l1", "removed-lesson"), Set.of())).isEqualTo(20);
    }
}
