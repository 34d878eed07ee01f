package de.smartcity.academy.course.control;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When a course counts as completed: every lesson of the live version is done, every quiz is
 * passed, and the best attempts together reach the course's pass mark.
 */
public final class CompletionRule {

    private CompletionRule() {}

    /**
     * @param bestScores best submitted score per quiz id
     * @param passedQuizzes quiz ids with at least one passed attempt
     * @return the course score in percent when the course is complete
     */
    public static Optional<Integer> completion(CourseDefinition course, Set<String> doneLessons,
                                               Map<String, Integer> bestScores, Set<String> passedQuizzes) {
        int max = 0;
        int scored = 0;
        for (ModuleDefinition module : course.modules()) {
            if (module.lessons().stream().anyMatch(l -> !doneLessons.contains(l.id()))) {
                return Optional.empty();
            }
            if (module.quiz() != null) {
                if (!passedQuizzes.contains(module.quiz().id())) {
                    return Optional.empty();
                }
                max += module.quiz().maxPoints();
                scored += bestScores.getOrDefault(module.quiz().id(), 0);
            }
        }
        int percent = max == 0 ? 100 : scored * 100 / max;
        return percent >= course.passMark() ? Optional.of(percent) : Optional.empty();
    }

    /** Share of lessons done and quizzes passed, in percent. */
    public static int progressPercent(CourseDefinition course, Set<String> doneLessons, Set<String> passedQuizzes) {
        int items = 0;
        int done = 0;
        for (ModuleDefinition module : course.modules()) {
            for (LessonDefinition lesson : module.lessons()) {
                items++;
                done += doneLessons.contains(lesson.id()) ? 1 : 0;
            }
            if (module.quiz() != null) {
                items++;
                done += passedQuizzes.contains(module.quiz().id()) ? 1 : 0;
            }
        }
        return items == 0 ? 0 : done * 100 / items;
    }
}
