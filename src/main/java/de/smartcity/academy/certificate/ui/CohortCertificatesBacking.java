package de.smartcity.academy.certificate.ui;

import de.smartcity.academy.certificate.boundary.CohortCertificates;
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
 * the list, then issues all in one go.
 */
@Named
@ViewScoped
public class CohortCertificatesBacking implements Serializable {

    @Inject CohortCertificates cohortCertificates;
    @Inject CurrentCaller currentCaller;

    private Long id;
    private List<CohortCertificates.Outcome> outcomes = List.of();

    public void load() {
        if (id == null) {
            throw new NotFound("Seite");
        }
        outcomes = cohortCertificates.preview(currentCaller.get(), id);
    }

    public void issueAll() {
        try {
            outcomes = cohortCertificates.issueAll(currentCaller.get(), id);
            Messages.info("certificates.issued", outcomes.stream().filter(CohortCertificates.Outcome::issued).count());
        } catch (AcademyException rejection) {
            Messages.plainError(rejection.getMessage());
        }
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
