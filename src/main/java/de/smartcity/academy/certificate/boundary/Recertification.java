package de.smartcity.academy.certificate.boundary;

import de.smartcity.academy.certificate.entity.Certificate;
import de.smartcity.academy.certificate.entity.CertificateKind;
import de.smartcity.academy.certificate.entity.CertificateStatus;
import de.smartcity.academy.course.boundary.CourseProgressQuery;
import de.smartcity.academy.course.boundary.CourseView;
import de.smartcity.academy.course.boundary.Learning;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.control.Scope;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.error.Conflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Recertification: a course certificate that expires (annual trainings) is renewed by taking the
 * course again on its current version. The refresher is offered from 90 days before expiry on;
 * completing it issues a new certificate the usual way, and the old one stays until it expires.
 */
@ApplicationScoped
@Transactional
public class Recertification {

    /**
     * The caller's current certificate of one course (the newest one neither revoked nor superseded).
     *
     * @param refresherOffered the certificate is due for renewal and no refresher runs yet
     */
    public record Standing(String courseId, String courseIri, String courseTitle, String certificateId,
                           String status, LocalDate expiresOn, boolean refresherRunning, boolean refresherOffered)
            implements java.io.Serializable {}

    @PersistenceContext EntityManager em;
    @Inject Learning learning;
    @Inject CourseProgressQuery progress;
    @Inject Scope scope;
    @Inject Clock clock;

    /** By course IRI; courses without a certificate are absent. */
    public Map<String, Standing> standings(@NotNull Caller caller) {
        scope.requireAny(caller, Role.LEARNER);
        LocalDate today = LocalDate.now(clock);
        Map<String, Certificate> current = new HashMap<>();
        em.createQuery("select c from Certificate c where c.personId = :person and c.kind <> :program"
                        + " order by c.issuedAt, c.id", Certificate.class)
                .setParameter("person", caller.personId()).setParameter("program", CertificateKind.PROGRAM)
                .getResultStream()
                .filter(c -> c.status(today) == CertificateStatus.VALID || c.status(today) == CertificateStatus.EXPIRED)
                .forEach(c -> current.put(c.achievementIri(), c));
        Map<String, CourseProgressQuery.Round> rounds = progress.rounds(caller.personId(), current.keySet());
        Map<String, Standing> standings = new HashMap<>();
        current.forEach((iri, c) -> {
            CourseProgressQuery.Round round = rounds.get(iri);
            if (round != null) {
                standings.put(iri, new Standing(round.courseId(), iri, c.achievementTitle(), c.publicId(),
                        c.status(today).name(), c.expiresOn(), round.refresherRunning(),
                        c.refresherDue(today) && !round.refresherRunning()));
            }
        });
        return standings;
    }

    /** Starts the refresher of a course whose certificate is due for renewal. */
    public CourseView start(@NotNull Caller caller, String courseId) {
        String courseIri = learning.course(caller, courseId).iri();
        Standing standing = standings(caller).get(courseIri);
        if (standing == null || !standing.refresherOffered()) {
            throw new Conflict("Für diesen Kurs ist keine Auffrischung fällig. / No refresher is due for this course.");
        }
        return learning.startRefresher(caller, courseId);
    }
}
