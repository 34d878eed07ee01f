package de.smartcity.academy.certificate.ui;

import de.smartcity.academy.certificate.boundary.CertificateView;
import de.smartcity.academy.certificate.boundary.Certificates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/** The public verification page ({@code /verify/{id}}): status and every detail printed on the certificate. */
@Named
@RequestScoped
public class VerifyBacking {

    @Inject Certificates certificates;

    private String id;
    private CertificateView certificate;

    public void load() {
        HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext()
                .getResponse();
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        certificate = certificates.verification(id).orElse(null);
        if (certificate == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CertificateView getCertificate() {
        return certificate;
    }
}
