package de.smartcity.academy.report.ui;

import de.smartcity.academy.identity.boundary.CurrentCaller;
import de.smartcity.academy.platform.web.PagedModel;
import de.smartcity.academy.report.boundary.ExpiringCertificate;
import de.smartcity.academy.report.boundary.ExpiringCertificates;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Certificates expiring in the next N days ({@code hr/expiring.xhtml}). */
@Named
@ViewScoped
public class ExpiringBacking implements Serializable {

    @Inject ExpiringCertificates expiring;
    @Inject CurrentCaller currentCaller;

    private int days = 90;
    private PagedModel<ExpiringCertificate> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>((page, size) -> expiring.within(currentCaller.get(), null, days, page, size, "page"));
    }

    public PagedModel<ExpiringCertificate> getModel() {
        return model;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }
}
