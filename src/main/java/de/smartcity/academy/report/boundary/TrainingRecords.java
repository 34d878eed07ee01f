package de.smartcity.academy.report.boundary;

import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.control.SecurityLog;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** A person's training record: all their courses with status and all certificates they were issued. */
@ApplicationScoped
@Transactional
public class TrainingRecords {

    /** More courses than a person can have (the catalogue is small); the record is one page. */
    private static final int ALL_COURSES = 200;

    @PersistenceContext EntityManager em;
    @Inject CompletionReport report;
    @Inject ReportScope reportScope;
    @Inject Clock clock;

    public TrainingRecord of(@NotNull Caller caller, long personId) {
        reportScope.organisation(caller, null);
        Person person = em.find(Person.class, personId);
        if (person == null || !caller.covers(person.organisation().path())) {
            SecurityLog.accessDenied(caller.username(), "training record " + personId);
            throw new NotFound("Person");
        }
        CompletionPage courses = report.personRows(caller, personId, person.organisation(), ALL_COURSES);
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> certificates = em.createNativeQuery("SELECT public_id, achievement_title, issued_on, expires_on,"
                        + " revoked_at, superseded_by FROM certificate WHERE person_id = ?1 ORDER BY issued_at DESC")
                .setParameter(1, personId).getResultList();
        return new TrainingRecord(person.id(), person.displayName(), person.email(), person.organisation().name(),
                courses.items(), courses.scoresShown(), certificates.stream().map(row -> {
                    LocalDate expires = ExpiringCertificates.day(row[3]);
                    String state = row[4] != null ? "REVOKED" : row[5] != null ? "SUPERSEDED"
                            : expires != null && expires.isBefore(today) ? "EXPIRED" : "VALID";
                    return new TrainingRecord.Held((String) row[0], (String) row[1], ExpiringCertificates.day(row[2]),
                            expires, state);
                }).toList());
    }
}
