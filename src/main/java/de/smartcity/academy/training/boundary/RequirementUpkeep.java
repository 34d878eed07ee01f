package de.smartcity.academy.training.boundary;

import de.smartcity.academy.course.boundary.Catalogue;
import de.smartcity.academy.course.boundary.CourseCompleted;
import de.smartcity.academy.course.entity.Course;
import de.smartcity.academy.identity.boundary.PersonPlaced;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.platform.time.ClockProducer;
import de.smartcity.academy.training.control.Requirements;
import de.smartcity.academy.training.entity.Assignment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Keeps requirements in step with the people and their learning: new staff in an assigned org
 * unit get its training (in the transaction that placed them), and a completion records how long
 * it counts and moves recurring due dates on.
 */
@ApplicationScoped
public class RequirementUpkeep {

    @PersistenceContext EntityManager em;
    @Inject Requirements requirements;
    @Inject Assignments assignments;
    @Inject Catalogue catalogue;

    @Transactional(Transactional.TxType.MANDATORY)
    void onPlaced(@Observes PersonPlaced placed) {
        Person person = em.find(Person.class, placed.personId());
        requirements.removeInheritedOf(person.id());
        List<Long> ancestors = Arrays.stream(person.organisation().path().split("/"))
                .filter(part -> !part.isEmpty()).map(Long::valueOf).toList();
        em.createQuery("select a from Assignment a where a.organisationId in :ancestors order by a.dueOn, a.id",
                        Assignment.class)
                .setParameter("ancestors", ancestors).getResultStream()
                .forEach(assignment -> requirements.expand(assignment, assignments.courseIds(assignment),
                        person.organisation().path(), person.id()));
    }

    /** After the completion is committed, in its own transaction (like the certificate it brings). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onCompleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted completed) {
        Course course = em.createNamedQuery(Course.BY_IRI, Course.class).setParameter("iri", completed.courseIri())
                .getSingleResult();
        LocalDate completedOn = LocalDate.ofInstant(completed.completedAt(), ClockProducer.ZONE);
        catalogue.definition(completed.courseIri(), completed.contentVersion())
                .map(definition -> definition.certificateValidityMonths())
                .ifPresent(months -> requirements.validUntil(completed.personId(), course.id(), completedOn.plusMonths(months)));
        requirements.completed(completed.personId(), course.id(), completedOn);
    }
}
