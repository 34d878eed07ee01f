package de.smartcity.academy.course.ui;

import de.smartcity.academy.course.boundary.Learning;
import de.smartcity.academy.course.boundary.ProgressEntry;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.error.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The learner's dashboard ({@code learner/index.xhtml}): courses in progress (a running refresher
 * too) and completed, and the next step in the course visited last.
 */
@Named
@RequestScoped
public class LearnerHomeBacking {

    private static final int SHOWN = 50;

    @Inject Learning learning;
    @Inject CurrentCaller currentCaller;

    private List<ProgressEntry> inProgress = List.of();
    private List<ProgressEntry> completed = List.of();
    private final Map<String, NextStep> nextSteps = new LinkedHashMap<>();

    /** f:viewAction. Progress lists the most recently visited course first. */
    public void load() {
        Caller caller = currentCaller.get();
        List<ProgressEntry> entries = learning.progress(caller, 0, SHOWN).items();
        inProgress = entries.stream().filter(e -> !e.completed() || e.refresherRunning()).toList();
        completed = entries.stream().filter(ProgressEntry::completed).toList();
        inProgress.forEach(entry -> nextStep(caller, entry).ifPresent(step -> nextSteps.put(entry.courseId(), step)));
    }

    /**
     * The lesson to resume comes with the progress; only when every lesson is done does the next quiz
     * need the course with its attempts. A course taken off the catalogue keeps its progress on the
     * dashboard, but has no next step.
     */
    private java.util.Optional<NextStep> nextStep(Caller caller, ProgressEntry entry) {
        java.util.Optional<NextStep> lesson = NextStep.lessonOf(entry);
        if (lesson.isPresent()) {
            return lesson;
        }
        try {
            return NextStep.of(learning.course(caller, entry.courseId()));
        } catch (NotFound withdrawn) {
            return java.util.Optional.empty();
        }
    }

    /** Where "Weiter lernen" leads in a course in progress; null if only waiting for results is left. */
    public NextStep next(String courseId) {
        return nextSteps.get(courseId);
    }

    /** The next step in the course visited last. */
    public NextStep getNextStep() {
        return inProgress.isEmpty() ? null : nextSteps.get(inProgress.get(0).courseId());
    }

    public boolean isWithoutCourses() {
        return inProgress.isEmpty() && completed.isEmpty();
    }

    public List<ProgressEntry> getInProgress() {
        return inProgress;
    }

    public List<ProgressEntry> getCompleted() {
        return completed;
    }
}
