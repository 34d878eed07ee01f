package de.smartcity.academy.certificate.boundary;

import de.smartcity.academy.certificate.control.CertificatePdf;
import de.smartcity.academy.certificate.entity.Certificate;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.control.Scope;
import de.smartcity.academy.identity.entity.Organisation;
import de.smartcity.academy.identity.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Supplier;

/** HR and admins download the certificates of an organisation unit (and everything below it) as one ZIP. */
@ApplicationScoped
@Transactional
public class OrganisationCertificates {

    @PersistenceContext EntityManager em;
    @Inject Scope scope;
    @Inject Certificates certificates;

    public void zip(@NotNull Caller caller, long organisationId, String language, OutputStream out) {
        scope.requireAny(caller, Role.HR, Role.ADMIN);
        Organisation organisation = scope.organisationInScope(caller, organisationId);
        List<Certificate> list = em.createQuery("select c from Certificate c, Person p join p.organisation o"
                        + " where p.id = c.personId and o.path like :prefix order by c.holderName, c.id", Certificate.class)
                .setParameter("prefix", organisation.path() + "%").getResultList();
        List<Supplier<CertificatePdf.Entry>> entries = list.stream().<Supplier<CertificatePdf.Entry>>map(c -> () ->
                new CertificatePdf.Entry(CohortCertificates.fileName(c), certificates.print(c, language), c.credential()))
                .toList();
        certificates.pdfRenderer().renderZip(entries, out);
    }
}
