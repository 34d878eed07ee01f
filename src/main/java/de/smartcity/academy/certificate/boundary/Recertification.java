package de.smartcity.academy.certificate.boundary;

import de.smartcity.academy.certificate.entity.Certificate;
import de.smartcity.academy.certificate.entity.CertificateKind;
import de.smartcity.academy.course.boundary.CourseView;
import de.smartcity.academy.course.boundary.Learning;
import de.smartcity.academy.course.entity.CourseEnrolment;
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
import java.time.Instant;
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
    @Inject Scope scope;
    @Inject Clock clock;

    /**
     * By course IRI; courses without a certificate are absent. One statement: the learner's
     * dashboard asks on every visit.
     */
    public Map<String, Standing> standings(@NotNull Caller caller) {
        scope.requireAny(caller, Role.LEARNER);
        LocalDate today = LocalDate.now(clock);
        Map<String, Standing> standings = new HashMap<>();
        em.createQuery("select c.achievementIri, c.achievementTitle, c.publicId, c.expiresOn, co.slug,"
                        + " e.completedAt, e.roundStartedAt from Certificate c, CourseEnrolment e join e.course co"
                        + " where c.personId = :person and c.kind <> :program and c.revokedAt is null"
                        + " and c.supersededBy is null and e.personId = c.personId and co.iri = c.achievementIri"
                        + " and e.completedAt is not null order by c.issuedAt, c.id", Object[].class)
                .setParameter("person", caller.personId()).setParameter("program", CertificateKind.PROGRAM)
                .getResultStream()
                .forEach(row -> standings.put((String) row[0], standing(row, today)));
        return standings;
    }

    /** The newest certificate wins: rows come oldest first. */
    private static Standing standing(Object[] row, LocalDate today) {
        LocalDate expiresOn = (LocalDate) row[3];
        boolean refresherRunning = !CourseEnrolment.roundCompleted((Instant) row[5], (Instant) row[6]);
        return new Standing((String) row[4], (String) row[0], (String) row[1], (String) row[2],
                Certificate.inForce(expiresOn, today).name(), expiresOn, refresherRunning,
                Certificate.refresherDue(expiresOn, today) && !refresherRunning);
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
