package de.smartcity.academy.certificate.ui;

import de.smartcity.academy.certificate.boundary.CohortCertificates;
import de.smartcity.academy.certificate.boundary.CohortIssuing;
import de.smartcity.academy.certificate.boundary.IssueAllRun;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.error.AcademyException;
import de.smartcity.academy.platform.error.NotFound;
import de.smartcity.academy.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * A cohort's program certificates ({@code trainer/certificates.xhtml?id=…}): the trainer checks
 * the list, then issues all in one go, watching the run progress (polled) until its summary.
 */
@Named
@ViewScoped
public class CohortCertificatesBacking implements Serializable {

    @Inject CohortCertificates cohortCertificates;
    @Inject CohortIssuing issuing;
    @Inject CurrentCaller currentCaller;

    private Long id;
    private List<CohortCertificates.Outcome> outcomes = List.of();
    private IssueAllRun.Progress progress;

    /** Also picks up a run still going (the page was reloaded) to show its progress. */
    public void load() {
        if (id == null) {
            throw new NotFound("Seite");
        }
        outcomes = cohortCertificates.preview(currentCaller.get(), id);
        progress = issuing.progress(currentCaller.get(), id).filter(p -> !p.finished()).orElse(null);
    }

    public void issueAll() {
        try {
            progress = issuing.start(currentCaller.get(), id);
            showIfFinished();
        } catch (AcademyException rejection) {
            Messages.plainError(rejection.getMessage());
        }
    }

    /** p:poll while running. */
    public void poll() {
        if (isRunning()) {
            progress = issuing.progress(currentCaller.get(), id).orElse(progress);
            showIfFinished();
        }
    }

    private void showIfFinished() {
        if (progress.finished()) {
            outcomes = progress.outcomes();
            Messages.info("certificates.issued", progress.issued());
            if (progress.failed() > 0) {
                Messages.error("certificates.issueAll.failed", progress.failed());
            }
        }
    }

    public boolean isRunning() {
        return progress != null && !progress.finished();
    }

    /** "n von m geprüft, k ausgestellt" while running, the summary at the end; empty before. */
    public String getProgressText() {
        if (progress == null) {
            return "";
        }
        return Messages.text(progress.finished() ? "certificates.run.finished" : "certificates.run.progress",
                progress.done(), progress.total(), progress.issued(), progress.failed());
    }

    public IssueAllRun.Progress getProgress() {
        return progress;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<CohortCertificates.Outcome> getOutcomes() {
        return outcomes;
    }
}
