package de.smartcity.academy.cohort.ui;

import de.smartcity.academy.cohort.boundary.CohortView;
import de.smartcity.academy.cohort.boundary.Cohorts;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The trainer's home ({@code trainer/index.xhtml}): the cohorts they run, newest first. */
@Named
@ViewScoped
public class TrainerHomeBacking implements Serializable {

    @Inject Cohorts cohorts;
    @Inject CurrentCaller currentCaller;

    private PagedModel<CohortView> model;

    @PostConstruct
    void init() {
        var caller = currentCaller.get();
        model = new PagedModel<>((page, size) -> cohorts.list(caller, page, size));
    }

    public PagedModel<CohortView> getModel() {
        return model;
    }
}
