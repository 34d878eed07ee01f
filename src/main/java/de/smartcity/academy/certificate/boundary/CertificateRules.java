package de.smartcity.academy.certificate.boundary;

import de.smartcity.academy.certificate.entity.Achievement;
import de.smartcity.academy.certificate.entity.Certificate;
import de.smartcity.academy.certificate.entity.CertificateKind;
import de.smartcity.academy.cohort.boundary.ProgramParticipation;
import de.smartcity.academy.course.boundary.Catalogue;
import de.smartcity.academy.course.boundary.CourseCompleted;
import de.smartcity.academy.course.boundary.CourseProgressQuery;
import de.smartcity.academy.course.control.CourseDefinition;
import de.smartcity.academy.course.control.ProgramDefinition;
import de.smartcity.academy.identity.entity.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * When a certificate is earned. A course certificate the moment a course is completed
 * ("Leistungsnachweis" with quizzes, "Teilnahmebestätigung" without); the program certificate when
 * every required course is completed and the cohort's attendance rule is met.
 */
@ApplicationScoped
public class CertificateRules {

    /** Why a program certificate cannot be issued (yet), or that it can. */
    public record Eligibility(boolean eligible, String reason) {}

    @PersistenceContext EntityManager em;
    @Inject Issuing issuing;
    @Inject Catalogue catalogue;
    @Inject CourseProgressQuery progress;
    @Inject ProgramParticipation participation;

    /**
     * Only after the completion is committed; issuing runs in its own transaction. Every completion
     * earns a certificate, also a refresher's while the earlier certificate is still valid: the
     * earlier one is not superseded (that is for corrections) but expires as printed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onCourseCompleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted completed) {
        issueCourseCertificate(completed, "system");
        participation.programsOf(completed.personId()).forEach(program ->
                issueProgramCertificateIfEligible(completed.personId(), program, "system"));
    }

    /** Once per completion, even if the event is delivered twice. */
    Optional<Certificate> issueCourseCertificate(CourseCompleted completed, String actor) {
        long personId = completed.personId();
        String courseIri = completed.courseIri();
        String version = completed.contentVersion();
        if (issuing.issuedSince(personId, courseIri, completed.completedAt())) {
            return Optional.empty();
        }
        CourseDefinition course = catalogue.definition(courseIri, version).orElseThrow();
        boolean quizzes = course.modules().stream().anyMatch(m -> m.quiz() != null);
        return Optional.of(issuing.issue(em.find(Person.class, personId),
                quizzes ? CertificateKind.COURSE_ACHIEVEMENT : CertificateKind.COURSE_ATTENDANCE,
                new Achievement(courseIri, course.title().de(), courseIri + "=" + version, null, null),
                course.summary().de(), course.certificateValidityMonths(), actor));
    }

    Optional<Certificate> issueProgramCertificateIfEligible(long personId, String programIri, String actor) {
        if (!eligibility(personId, programIri).eligible() || issuing.holdsValid(personId, programIri)) {
            return Optional.empty();
        }
        ProgramDefinition program = catalogue.program(programIri).orElseThrow();
        ProgramParticipation.Enrolled run = participation.latestRun(personId, programIri).orElseThrow();
        Map<String, String> versions = progress.completions(personId, program.requiredCourses());
        String taken = program.requiredCourses().stream().map(iri -> iri + "=" + versions.get(iri))
                .collect(Collectors.joining(";"));
        return Optional.of(issuing.issue(em.find(Person.class, personId), CertificateKind.PROGRAM,
                new Achievement(programIri, program.title().de(), taken, run.cohortId(), run.cohortTitle()),
                program.summary().de(), null, actor));
    }

    public Eligibility eligibility(long personId, String programIri) {
        Optional<ProgramDefinition> program = catalogue.program(programIri);
        if (program.isEmpty()) {
            return new Eligibility(false, "Programm unbekannt.");
        }
        List<String> required = program.get().requiredCourses();
        Map<String, String> completed = progress.completions(personId, required);
        long missing = required.stream().filter(iri -> !completed.containsKey(iri)).count();
        if (missing > 0) {
            return new Eligibility(false, missing + " Pflichtkurs(e) noch nicht bestanden.");
        }
        Optional<ProgramParticipation.Enrolled> run = participation.latestRun(personId, programIri);
        if (run.isEmpty()) {
            return new Eligibility(false, "Nicht in einem Durchgang des Programms eingeschrieben.");
        }
        if (!run.get().meetsAttendanceRule()) {
            return new Eligibility(false, "Anwesenheit " + (run.get().attendancePercent() == null ? "–"
                    : run.get().attendancePercent() + " %") + " unter der Mindestanwesenheit von "
                    + run.get().attendanceMinPercent() + " %.");
        }
        return new Eligibility(true, "Alle Bedingungen erfüllt.");
    }
}
