package de.smartcity.academy.training.ui;

import de.smartcity.academy.course.boundary.Catalogue;
import de.smartcity.academy.course.boundary.CourseSummary;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.identity.boundary.OrganisationView;
import de.smartcity.academy.identity.boundary.Organisations;
import de.smartcity.academy.platform.error.AcademyException;
import de.smartcity.academy.platform.web.FormErrors;
import de.smartcity.academy.platform.web.Messages;
import de.smartcity.academy.platform.web.PagedModel;
import de.smartcity.academy.training.boundary.AssignmentForm;
import de.smartcity.academy.training.boundary.AssignmentView;
import de.smartcity.academy.training.boundary.Assignments;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Mandatory training ({@code hr/assignments.xhtml}): assign a course or program to an org unit
 * of the caller's subtree with a due date and recurrence; list and withdraw assignments.
 */
@Named
@ViewScoped
public class AssignmentsBacking implements Serializable {

    private static final int CHOICES = 200;
    private static final String PROGRAM = "program:";

    @Inject Assignments assignments;
    @Inject Organisations organisations;
    @Inject Catalogue catalogue;
    @Inject CurrentCaller currentCaller;

    private String what;
    private Long organisationId;
    private LocalDate dueOn;
    private Integer recurrenceMonths;
    private List<OrganisationView> organisationChoices;
    private List<CourseSummary> courseChoices;
    private Map<String, String> programChoices;
    private PagedModel<AssignmentView> model;

    @PostConstruct
    void init() {
        Caller caller = currentCaller.get();
        organisationChoices = organisations.find(caller, "", CHOICES);
        courseChoices = catalogue.search(new Catalogue.Filter(null, null, null, null), 0, CHOICES).items();
        programChoices = catalogue.programTitles();
        model = new PagedModel<>((page, size) -> assignments.page(currentCaller.get(), page, size));
    }

    public void assign() {
        boolean program = what != null && what.startsWith(PROGRAM);
        String slug = what == null || what.isBlank() ? null : program ? what.substring(PROGRAM.length()) : what;
        try {
            AssignmentView created = assignments.assign(currentCaller.get(), new AssignmentForm(program ? null : slug,
                    program ? slug : null, organisationId, null, dueOn, recurrenceMonths));
            Messages.info("assignment.created", created.what(), created.who(), created.people());
            what = null;
            organisationId = null;
            dueOn = null;
            recurrenceMonths = null;
        } catch (AcademyException | ConstraintViolationException rejected) {
            FormErrors.show("assign", rejected);
        }
    }

    public void withdraw(long id) {
        assignments.withdraw(currentCaller.get(), id);
        Messages.info("assignment.withdrawn");
    }

    public String programKey(String slug) {
        return PROGRAM + slug;
    }

    public PagedModel<AssignmentView> getModel() {
        return model;
    }

    public List<OrganisationView> getOrganisationChoices() {
        return organisationChoices;
    }

    public List<CourseSummary> getCourseChoices() {
        return courseChoices;
    }

    public Map<String, String> getProgramChoices() {
        return programChoices;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Integer getRecurrenceMonths() {
        return recurrenceMonths;
    }

    public void setRecurrenceMonths(Integer recurrenceMonths) {
        this.recurrenceMonths = recurrenceMonths;
    }
}
