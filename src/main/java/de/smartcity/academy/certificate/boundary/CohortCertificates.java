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
import java.util.List;
import java.util.function.Supplier;

/**
 * A trainer checks a cohort's program certificates, issues them in one go (run by
 * {@link CohortIssuing}, one transaction per certificate), and downloads a cohort's certificates as
 * one ZIP (rendered and streamed one by one).
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
        Plan plan = plan(caller, cohortId);
        return plan.participants().stream().map(p -> outcome(p, plan.programIri(), null)).toList();
    }

    /** Who "issue all" goes through, in the order of the preview. */
    record Plan(String programIri, List<Participant> participants) {}

    record Participant(long personId, String name) {}

    Plan plan(Caller caller, long cohortId) {
        CohortView cohort = managed(caller, cohortId);
        if (cohort.programIri() == null) {
            throw new InvalidInput("Diese Kohorte gehört zu keinem Programm. / This cohort has no program.",
                    List.of(new InvalidInput.Violation("cohort", "kein Programm / no program")));
        }
        return new Plan(cohort.programIri(), participation.enrolled(cohortId).stream()
                .map(e -> new Participant(e.personId(), em.find(Person.class, e.personId()).displayName())).toList());
    }

    /** One participant of "issue all", in a transaction of its own: one failure loses no other certificate. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Outcome issue(Participant participant, String programIri, String actor) {
        return outcome(participant, programIri, actor);
    }

    /** @param issuingActor who issues, or null to only check */
    private Outcome outcome(Participant participant, String programIri, String issuingActor) {
        CertificateRules.Eligibility eligibility = rules.eligibility(participant.personId(), programIri);
        String issuedId = issuingActor != null && eligibility.eligible()
                ? rules.issueProgramCertificateIfEligible(participant.personId(), programIri, issuingActor)
                        .map(Certificate::publicId).orElse(null)
                : null;
        return new Outcome(participant.name(), issuedId != null, issuedId, eligibility.reason());
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

    /** Trainers of the cohort and admins. */
    CohortView managed(Caller caller, long cohortId) {
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
