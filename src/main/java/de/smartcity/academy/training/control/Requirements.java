package de.smartcity.academy.training.control;

import de.smartcity.academy.platform.time.ClockProducer;
import de.smartcity.academy.training.entity.Assignment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Writes the requirement rows of assignments with set-based SQL: assigning a course to a Land with
 * 200,000 staff is one INSERT … SELECT, not 200,000 round trips. Runs in the caller's transaction.
 * A person has at most one requirement per course; where assignments overlap, the first one stays.
 */
@ApplicationScoped
public class Requirements {

    private static final String INSERT = "INSERT INTO training_requirement"
            + " (person_id, course_id, assignment_id, due_on, recurrence_months)"
            + " SELECT p.id, CAST(?1 AS BIGINT), CAST(?2 AS BIGINT), CAST(?3 AS DATE), CAST(?4 AS INT)"
            + " FROM person p JOIN organisation o ON o.id = p.organisation_id"
            + " WHERE NOT EXISTS (SELECT 1 FROM training_requirement x WHERE x.person_id = p.id AND x.course_id = ?1)";

    @PersistenceContext EntityManager em;

    /** Requirements for everyone the assignment covers, or only for {@code onlyPerson} if not null. */
    public int expand(Assignment assignment, Collection<Long> courseIds, String organisationPath, Long onlyPerson) {
        int written = 0;
        for (long courseId : courseIds) {
            Query insert = em.createNativeQuery(INSERT
                            + (assignment.personId() != null ? " AND p.id = ?5" : " AND o.path LIKE ?5")
                            + (onlyPerson != null ? " AND p.id = ?6" : ""))
                    .setParameter(1, courseId).setParameter(2, assignment.id())
                    .setParameter(3, Date.valueOf(assignment.dueOn()))
                    .setParameter(4, assignment.recurrenceMonths())
                    .setParameter(5, assignment.personId() != null ? assignment.personId() : organisationPath + "%");
            if (onlyPerson != null) {
                insert.setParameter(6, onlyPerson);
            }
            written += insert.executeUpdate();
            if (assignment.recurrenceMonths() != null) {
                creditCurrentCycle(assignment, courseId, onlyPerson);
            }
        }
        return written;
    }

    /**
     * Whoever completed the course within the cycle that ends at the first due date has met it
     * already; their next due date is one cycle later.
     */
    private void creditCurrentCycle(Assignment assignment, long courseId, Long onlyPerson) {
        LocalDate cycleStart = assignment.dueOn().minusMonths(assignment.recurrenceMonths());
        Query update = em.createNativeQuery("UPDATE training_requirement SET due_on = ?1"
                        + " WHERE assignment_id = ?2 AND course_id = ?3" + (onlyPerson != null ? " AND person_id = ?5" : "")
                        + " AND EXISTS (SELECT 1 FROM course_enrolment e WHERE e.person_id = training_requirement.person_id"
                        + " AND e.course_id = training_requirement.course_id AND e.completed_at >= ?4)")
                .setParameter(1, Date.valueOf(assignment.dueOn().plusMonths(assignment.recurrenceMonths())))
                .setParameter(2, assignment.id()).setParameter(3, courseId)
                .setParameter(4, Timestamp.from(cycleStart.atStartOfDay(ClockProducer.ZONE).toInstant()));
        if (onlyPerson != null) {
            update.setParameter(5, onlyPerson);
        }
        update.executeUpdate();
    }

    /** Removes the requirements that came from an assignment (before the assignment itself goes). */
    public int removeOf(long assignmentId) {
        return em.createNativeQuery("DELETE FROM training_requirement WHERE assignment_id = ?1")
                .setParameter(1, assignmentId).executeUpdate();
    }

    /** Removes a person's requirements that came from org-unit assignments (they moved). */
    public void removeInheritedOf(long personId) {
        em.createNativeQuery("DELETE FROM training_requirement WHERE person_id = ?1 AND assignment_id IN"
                        + " (SELECT a.id FROM training_assignment a WHERE a.organisation_id IS NOT NULL)")
                .setParameter(1, personId).executeUpdate();
    }

    /** A completion moves the due date of recurring training one cycle on from the completion day. */
    public void completed(long personId, long courseId, LocalDate completedOn) {
        em.createNativeQuery("SELECT recurrence_months FROM training_requirement"
                        + " WHERE person_id = ?1 AND course_id = ?2 AND recurrence_months IS NOT NULL")
                .setParameter(1, personId).setParameter(2, courseId)
                .getResultStream().findFirst().ifPresent(months -> em.createNativeQuery(
                                "UPDATE training_requirement SET due_on = ?1 WHERE person_id = ?2 AND course_id = ?3")
                        .setParameter(1, Date.valueOf(completedOn.plusMonths(((Number) months).intValue())))
                        .setParameter(2, personId).setParameter(3, courseId).executeUpdate());
    }

    /** Records until when a completion counts (the certificate's expiry; never shortened). */
    public void validUntil(long personId, long courseId, LocalDate lastValidDay) {
        em.createNativeQuery("UPDATE course_enrolment SET valid_until = ?1 WHERE person_id = ?2 AND course_id = ?3"
                        + " AND (valid_until IS NULL OR valid_until < ?1)")
                .setParameter(1, Date.valueOf(lastValidDay)).setParameter(2, personId).setParameter(3, courseId)
                .executeUpdate();
    }
}
