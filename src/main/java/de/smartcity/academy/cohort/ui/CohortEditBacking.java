package de.smartcity.academy.cohort.ui;

import de.smartcity.academy.cohort.boundary.CohortForm;
import de.smartcity.academy.cohort.boundary.CohortView;
import de.smartcity.academy.cohort.boundary.Cohorts;
import de.smartcity.academy.cohort.entity.Approval;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.error.AcademyException;
import de.smartcity.academy.platform.web.FormErrors;
import de.smartcity.academy.platform.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/** Plan a new cohort or change one ({@code trainer/cohort-edit.xhtml?id=…}). */
@Named
@ViewScoped
public class CohortEditBacking implements Serializable {

    static final String SMART_CITY_MANAGER = "urn:smartcity-academy:program:smart-city-manager";

    @Inject Cohorts cohorts;
    @Inject CurrentCaller currentCaller;

    private Long id;
    private String title;
    private String programIri = SMART_CITY_MANAGER;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalDate registrationOpens;
    private LocalDate registrationCloses;
    private int seats = 25;
    private Approval approval = Approval.TRAINER;
    private int attendanceMinPercent = 80;
    private Set<Long> trainerIds = Set.of();

    /** f:viewAction: loads the cohort to change (404 if the caller may not see it). */
    public void load() {
        if (id == null) {
            LocalDate today = LocalDate.now();
            registrationOpens = today;
            registrationCloses = today.plusWeeks(4);
            startsOn = today.plusWeeks(6);
            endsOn = today.plusWeeks(18);
            return;
        }
        CohortView cohort = cohorts.managed(currentCaller.get(), id);
        title = cohort.title();
        programIri = cohort.programIri();
        startsOn = cohort.startsOn();
        endsOn = cohort.endsOn();
        registrationOpens = cohort.registrationOpens();
        registrationCloses = cohort.registrationCloses();
        seats = cohort.seats();
        approval = Approval.valueOf(cohort.approval());
        attendanceMinPercent = cohort.attendanceMinPercent();
        trainerIds = cohort.trainerIds();
    }

    public String save() {
        CohortForm form = new CohortForm(title, programIri, null, startsOn, endsOn, registrationOpens,
                registrationCloses, seats, approval, attendanceMinPercent, trainerIds);
        try {
            CohortView saved = id == null ? cohorts.create(currentCaller.get(), form)
                    : cohorts.update(currentCaller.get(), id, form);
            Messages.info("cohort.saved");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/trainer/cohort?faces-redirect=true&id=" + saved.id();
        } catch (ConstraintViolationException | AcademyException rejection) {
            FormErrors.show("cohort", rejection);
            return null;
        }
    }

    public Approval[] getApprovals() {
        return Approval.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public LocalDate getRegistrationOpens() {
        return registrationOpens;
    }

    public void setRegistrationOpens(LocalDate registrationOpens) {
        this.registrationOpens = registrationOpens;
    }

    public LocalDate getRegistrationCloses() {
        return registrationCloses;
    }

    public void setRegistrationCloses(LocalDate registrationCloses) {
        this.registrationCloses = registrationCloses;
    }

    public int getSeats() {
        return seats;
    }

    public void setSeats(int seats) {
        this.seats = seats;
    }

    public Approval getApproval() {
        return approval;
    }

    public void setApproval(Approval approval) {
        this.approval = approval;
    }

    public int getAttendanceMinPercent() {
        return attendanceMinPercent;
    }

    public void setAttendanceMinPercent(int attendanceMinPercent) {
        this.attendanceMinPercent = attendanceMinPercent;
    }
}
