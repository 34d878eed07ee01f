package de.smartcity.academy.cohort.ui;

import de.smartcity.academy.cohort.boundary.Applications;
import de.smartcity.academy.cohort.boundary.CohortView;
import de.smartcity.academy.cohort.boundary.Cohorts;
import de.smartcity.academy.cohort.boundary.EnrolmentImport;
import de.smartcity.academy.cohort.boundary.ParticipantView;
import de.smartcity.academy.cohort.boundary.Participants;
import de.smartcity.academy.cohort.entity.CohortStatus;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.error.AcademyException;
import de.smartcity.academy.platform.error.NotFound;
import de.smartcity.academy.platform.web.FormErrors;
import de.smartcity.academy.platform.web.Messages;
import de.smartcity.academy.platform.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One cohort as its trainer runs it ({@code trainer/cohort.xhtml?id=…}): status, next run,
 * participants with decisions, and enrolment by e-mail address.
 */
@Named
@ViewScoped
public class CohortBacking implements Serializable {

    @Inject Cohorts cohorts;
    @Inject Applications applications;
    @Inject Participants participants;
    @Inject EnrolmentImport enrolmentImport;
    @Inject CurrentCaller currentCaller;

    private Long id;
    private CohortView cohort;
    private PagedModel<ParticipantView> participantModel;
    private String emails;
    private String declineReason;
    private LocalDate nextRunStart;
    private List<EnrolmentImport.Rejected> rejectedLines = List.of();

    public void load() {
        if (id == null) {
            throw new NotFound("Seite");
        }
        Caller caller = currentCaller.get();
        cohort = cohorts.managed(caller, id);
        long cohortId = id;
        participantModel = new PagedModel<>((page, size) -> participants.list(caller, cohortId, null, page, size));
        nextRunStart = cohort.startsOn().plusMonths(6);
    }

    public void moveTo(CohortStatus next) {
        act(() -> cohort = cohorts.move(currentCaller.get(), id, next), "cohort.statusChanged");
    }

    public String copy() {
        try {
            CohortView copy = cohorts.copy(currentCaller.get(), id, nextRunStart);
            return "/trainer/cohort-edit?faces-redirect=true&id=" + copy.id();
        } catch (AcademyException rejection) {
            FormErrors.show("status", rejection);
            return null;
        }
    }

    public void approve(long participantId) {
        act(() -> applications.approve(currentCaller.get(), id, participantId), "cohort.approved");
    }

    public void decline(long participantId) {
        act(() -> applications.decline(currentCaller.get(), id, participantId, declineReason), "cohort.declined");
    }

    public void cancel(long participantId) {
        act(() -> applications.cancel(currentCaller.get(), id, participantId, null), "cohort.cancelled");
    }

    /** One e-mail address per line, all or nothing. */
    public void enrol() {
        String csv = "email\n" + (emails == null ? "" : emails.strip());
        try {
            EnrolmentImport.Report report = enrolmentImport.importCsv(currentCaller.get(), id, csv);
            rejectedLines = report.rejected();
            if (report.imported()) {
                Messages.info("cohort.enrolled", report.accepted());
                emails = null;
            } else {
                Messages.error("cohort.enrolRejected");
            }
            refresh();
        } catch (AcademyException rejection) {
            FormErrors.show("enrol", rejection);
        }
    }

    public List<CohortStatus> getNextStatuses() {
        return CohortStatus.valueOf(cohort.status()).next().stream().sorted().toList();
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.info(doneKey);
            refresh();
        } catch (AcademyException rejection) {
            Messages.plainError(rejection.getMessage());
        }
    }

    private void refresh() {
        cohort = cohorts.get(currentCaller.get(), id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CohortView getCohort() {
        return cohort;
    }

    public PagedModel<ParticipantView> getParticipantModel() {
        return participantModel;
    }

    public String getEmails() {
        return emails;
    }

    public void setEmails(String emails) {
        this.emails = emails;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    public LocalDate getNextRunStart() {
        return nextRunStart;
    }

    public void setNextRunStart(LocalDate nextRunStart) {
        this.nextRunStart = nextRunStart;
    }

    public List<EnrolmentImport.Rejected> getRejectedLines() {
        return rejectedLines;
    }
}
