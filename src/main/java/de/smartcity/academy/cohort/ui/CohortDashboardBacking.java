package de.smartcity.academy.cohort.ui;

import de.smartcity.academy.cohort.boundary.CohortDashboard;
import de.smartcity.academy.cohort.boundary.Dashboard;
import de.smartcity.academy.cohort.boundary.DashboardRow;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.error.AcademyException;
import de.smartcity.academy.platform.error.NotFound;
import de.smartcity.academy.platform.web.FormErrors;
import de.smartcity.academy.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The trainer's matrix ({@code trainer/dashboard.xhtml?id=…}) and the reminder to selected participants. */
@Named
@ViewScoped
public class CohortDashboardBacking implements Serializable {

    private static final int ROWS = 200;

    @Inject CohortDashboard dashboard;
    @Inject CurrentCaller currentCaller;

    private Long id;
    private Dashboard view;
    private List<DashboardRow> selected = new ArrayList<>();
    private String text;

    public void load() {
        if (id == null) {
            throw new NotFound("Seite");
        }
        view = dashboard.of(currentCaller.get(), id, 0, ROWS);
    }

    /** Preselects everyone at risk: the usual recipients of a reminder. */
    public void selectAtRisk() {
        selected = new ArrayList<>(view.rows().items().stream().filter(DashboardRow::atRisk).toList());
    }

    public void remind() {
        try {
            int sent = dashboard.remind(currentCaller.get(), id,
                    selected.stream().map(DashboardRow::participantId).toList(), text);
            Messages.info("dashboard.reminded", sent);
            text = null;
        } catch (AcademyException rejection) {
            FormErrors.show("reminder", rejection);
        }
    }

    public String getExpectedText() {
        return Messages.text("dashboard.expected", view.expectedPercent(), view.attendanceMinPercent());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Dashboard getView() {
        return view;
    }

    public List<DashboardRow> getSelected() {
        return selected;
    }

    public void setSelected(List<DashboardRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
