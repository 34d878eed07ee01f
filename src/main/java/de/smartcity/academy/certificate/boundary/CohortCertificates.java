package de.smartcity.academy.certificate.boundary;

import de.smartcity.academy.certificate.control.CertificatePdf;
import de.smartcity.academy.certificate.entity.Certificate;
import de.smartcity.academy.cohort.boundary.Cohorts;
import de.smartcity.academy.cohort.boundary.CohortView;
import de.smartcity.academy.cohort.boundary.ProgramParticipation;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.error.InvalidInput;
import de.smartcity.academy.platform.error.OutOfScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A trainer issues a cohort's program certificates in one go after checking the list, and
 * downloads a cohort's certificates as one ZIP (rendered and streamed one by one).
 */
@ApplicationScoped
@Transactional
public class CohortCertificates {

    public record Outcome(String name, boolean issued, String certificateId, String reason)
            implements java.io.Serializable {}

    @PersistenceContext EntityManager em;
    @Inject Cohorts cohorts;
    @Inject ProgramParticipation participation;
    @Inject CertificateRules rules;
    @Inject Certificates certificates;

    /** Checks every enrolled participant against the program rule without issuing anything. */
    public List<Outcome> preview(@NotNull Caller caller, long cohortId) {
        return run(caller, cohortId, false);
    }

    public List<Outcome> issueAll(@NotNull Caller caller, long cohortId) {
        return run(caller, cohortId, true);
    }

    private List<Outcome> run(Caller caller, long cohortId, boolean issue) {
        CohortView cohort = managed(caller, cohortId);
        if (cohort.programIri() == null) {
            throw new InvalidInput("Diese Kohorte gehört zu keinem Programm. / This cohort has no program.",
                    List.of(new InvalidInput.Violation("cohort", "kein Programm / no program")));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (ProgramParticipation.Enrolled enrolled : participation.enrolled(cohortId)) {
            Person person = em.find(Person.class, enrolled.personId());
            CertificateRules.Eligibility eligibility = rules.eligibility(enrolled.personId(), cohort.programIri());
            String issuedId = issue && eligibility.eligible()
                    ? rules.issueProgramCertificateIfEligible(enrolled.personId(), cohort.programIri(), caller.username())
                            .map(Certificate::publicId).orElse(null)
                    : null;
            outcomes.add(new Outcome(person.displayName(), issuedId != null, issuedId, eligibility.reason()));
        }
        return outcomes;
    }

    /** Every certificate earned in this cohort, as PDFs in one ZIP, written straight to the response. */
    public void zip(@NotNull Caller caller, long cohortId, String language, OutputStream out) {
        managed(caller, cohortId);
        List<Certificate> list = em.createQuery("select c from Certificate c where c.cohortId = :cohort"
                        + " order by c.holderName, c.id", Certificate.class)
                .setParameter("cohort", cohortId).getResultList();
        List<Supplier<CertificatePdf.Entry>> entries = list.stream().<Supplier<CertificatePdf.Entry>>map(c -> () ->
                new CertificatePdf.Entry(fileName(c), certificates.print(c, language), c.credential())).toList();
        certificates.pdfRenderer().renderZip(entries, out);
    }

    private CohortView managed(Caller caller, long cohortId) {
        CohortView cohort = cohorts.get(caller, cohortId);
        if (!caller.has(Role.ADMIN) && !(caller.has(Role.TRAINER) && cohort.trainerIds().contains(caller.personId()))) {
            throw new OutOfScope();
        }
        return cohort;
    }

    static String fileName(Certificate c) {
        return c.holderName().replaceAll("[^\\p{L}\\p{N}]+", "-") + "-" + c.publicId() + ".pdf";
    }
}
