package de.smartcity.academy.report.ui;

import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.identity.boundary.OrganisationView;
import de.smartcity.academy.identity.boundary.Organisations;
import de.smartcity.academy.platform.error.AcademyException;
import de.smartcity.academy.platform.web.FormErrors;
import de.smartcity.academy.platform.web.Messages;
import de.smartcity.academy.report.boundary.ReportFilter;
import de.smartcity.academy.report.boundary.UnitSummaries;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Counts and completion rate per org unit ({@code hr/summary.xhtml}), with a bar per unit. */
@Named
@ViewScoped
public class SummaryBacking implements Serializable {

    @Inject UnitSummaries summaries;
    @Inject Organisations organisations;
    @Inject CurrentCaller currentCaller;

    private Long organisationId;
    private String course;
    private List<OrganisationView> organisationChoices;
    private UnitSummaries.Summary summary;

    @PostConstruct
    void init() {
        organisationChoices = organisations.find(currentCaller.get(), "", 200);
        show();
    }

    public void show() {
        try {
            summary = summaries.summary(currentCaller.get(), new ReportFilter(organisationId,
                    course == null || course.isBlank() ? null : course, null, null, null, null, null, null), "page");
        } catch (AcademyException rejected) {
            FormErrors.show("filters", rejected);
        }
    }

    public String getTotalText() {
        var total = summary.total();
        return Messages.text("summary.total", total.name(), total.people(), total.completionRate(),
                total.programCertificates());
    }

    public UnitSummaries.Summary getSummary() {
        return summary;
    }

    public List<OrganisationView> getOrganisationChoices() {
        return organisationChoices;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }
}
