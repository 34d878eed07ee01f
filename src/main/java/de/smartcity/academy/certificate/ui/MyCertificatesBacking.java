package de.smartcity.academy.certificate.ui;

import de.smartcity.academy.certificate.boundary.CertificateView;
import de.smartcity.academy.certificate.boundary.Certificates;
import de.smartcity.academy.identity.boundary.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The learner's certificates ({@code learner/certificates.xhtml}) with PDF and credential downloads. */
@Named
@ViewScoped
public class MyCertificatesBacking implements Serializable {

    private static final int SHOWN = 100;

    @Inject Certificates certificates;
    @Inject CurrentCaller currentCaller;

    private List<CertificateView> shown;

    @PostConstruct
    void init() {
        shown = certificates.mine(currentCaller.get(), 0, SHOWN).items();
    }

    public List<CertificateView> getShown() {
        return shown;
    }
}
