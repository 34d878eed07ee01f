package de.smartcity.academy.cohort.ui;

import de.smartcity.academy.cohort.boundary.Applications;
import de.smartcity.academy.cohort.boundary.CohortView;
import de.smartcity.academy.cohort.boundary.Cohorts;
import de.smartcity.academy.cohort.boundary.ParticipantView;
import de.smartcity.academy.cohort.boundary.Participants;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.error.AcademyException;
import de.smartcity.academy.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Open and running cohorts for learners ({@code learner/cohorts.xhtml}): apply, see one's status, cancel. */
@Named
@ViewScoped
public class LearnerCohortsBacking implements Serializable {

    private static final int SHOWN = 50;

    @Inject Cohorts cohorts;
    @Inject Applications applications;
    @Inject Participants participants;
    @Inject CurrentCaller currentCaller;

    private List<CohortView> shown;
    private final Map<Long, ParticipantView> mine = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();

    @PostConstruct
    void init() {
        Caller caller = currentCaller.get();
        shown = cohorts.list(caller, 0, SHOWN).items();
        mine.clear();
        mine.putAll(participants.own(caller, shown.stream().map(CohortView::id).toList()));
    }

    public void apply(long cohortId) {
        try {
            ParticipantView participant = applications.apply(currentCaller.get(), cohortId, notes.get(cohortId));
            Messages.info("cohorts.applied." + participant.status());
            init();
        } catch (AcademyException rejection) {
            Messages.plainError(rejection.getMessage());
        }
    }

    public void cancel(long cohortId) {
        try {
            applications.cancel(currentCaller.get(), cohortId, mine.get(cohortId).id(), null);
            Messages.info("cohort.cancelled");
            init();
        } catch (AcademyException rejection) {
            Messages.plainError(rejection.getMessage());
        }
    }

    public List<CohortView> getShown() {
        return shown;
    }

    public Map<Long, ParticipantView> getMine() {
        return mine;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
