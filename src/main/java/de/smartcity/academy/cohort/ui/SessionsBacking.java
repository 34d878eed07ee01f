package de.smartcity.academy.cohort.ui;

import de.smartcity.academy.cohort.boundary.CohortView;
import de.smartcity.academy.cohort.boundary.Cohorts;
import de.smartcity.academy.cohort.boundary.SessionForm;
import de.smartcity.academy.cohort.boundary.SessionView;
import de.smartcity.academy.cohort.boundary.Sessions;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.error.AcademyException;
import de.smartcity.academy.platform.error.NotFound;
import de.smartcity.academy.platform.web.FormErrors;
import de.smartcity.academy.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The live sessions of a cohort ({@code trainer/sessions.xhtml?id=…}): list, plan a new one. */
@Named
@ViewScoped
public class SessionsBacking implements Serializable {

    @Inject Sessions sessions;
    @Inject Cohorts cohorts;
    @Inject CurrentCaller currentCaller;

    private Long id;
    private CohortView cohort;
    private List<SessionView> shown;
    private String title;
    private LocalDate date;
    private LocalTime startTime = LocalTime.of(16, 0);
    private LocalTime endTime = LocalTime.of(17, 30);
    private String meetingUrl;

    public void load() {
        if (id == null) {
            throw new NotFound("Seite");
        }
        cohort = cohorts.managed(currentCaller.get(), id);
        shown = sessions.list(currentCaller.get(), id);
        date = cohort.startsOn();
    }

    public void add() {
        try {
            sessions.create(currentCaller.get(), id, new SessionForm(title, null, date, startTime, endTime, meetingUrl));
            Messages.info("sessions.added");
            title = null;
            shown = sessions.list(currentCaller.get(), id);
        } catch (ConstraintViolationException | AcademyException rejection) {
            FormErrors.show("add", rejection);
        }
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

    public List<SessionView> getShown() {
        return shown;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public String getMeetingUrl() {
        return meetingUrl;
    }

    public void setMeetingUrl(String meetingUrl) {
        this.meetingUrl = meetingUrl;
    }
}
