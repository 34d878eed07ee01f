package de.smartcity.academy.training.boundary;

import de.smartcity.academy.course.boundary.Catalogue;
import de.smartcity.academy.course.entity.Course;
import de.smartcity.academy.course.entity.Program;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.control.Scope;
import de.smartcity.academy.identity.control.SecurityLog;
import de.smartcity.academy.identity.entity.Organisation;
import de.smartcity.academy.identity.entity.Person;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.error.InvalidInput;
import de.smartcity.academy.platform.error.NotFound;
import de.smartcity.academy.platform.paging.Page;
import de.smartcity.academy.training.control.Requirements;
import de.smartcity.academy.training.entity.Assignment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** HR (for its subtree) and admins assign mandatory training, list and withdraw assignments. */
@ApplicationScoped
@Transactional
public class Assignments {

    private static final Logger LOG = Logger.getLogger(Assignments.class.getName());
    private static final String IN_SCOPE = " where a.organisationId in (select o.id from Organisation o where o.path like :scope)"
            + " or a.personId in (select p.id from Person p where p.organisation.path like :scope)";

    @PersistenceContext EntityManager em;
    @Inject Scope scope;
    @Inject Catalogue catalogue;
    @Inject Requirements requirements;
    @Inject Clock clock;

    public AssignmentView assign(@NotNull Caller caller, @NotNull @Valid AssignmentForm form) {
        scope.requireAny(caller, Role.HR, Role.ADMIN);
        requireOneOfEach(form);
        if (form.dueOn().isBefore(LocalDate.now(clock))) {
            throw new InvalidInput("Das Fälligkeitsdatum liegt in der Vergangenheit. / The due date is in the past.",
                    List.of(new InvalidInput.Violation("dueOn", "Bitte ein Datum ab heute wählen.")));
        }
        boolean program = form.program() != null;
        long what = program ? programBySlug(form.program()).id() : catalogue.course(form.course()).id();
        String path;
        long who;
        if (form.organisationId() != null) {
            Organisation organisation = scope.organisationInScope(caller, form.organisationId());
            path = organisation.path();
            who = organisation.id();
        } else {
            Person person = personInScope(caller, form.personId());
            path = person.organisation().path();
            who = person.id();
        }
        Assignment assignment = Assignment.of(what, program, who, form.organisationId() != null, form.dueOn(),
                form.recurrenceMonths(), caller.username(), clock.instant());
        em.persist(assignment);
        em.flush();
        int people = requirements.expand(assignment, courseIds(assignment), path, null);
        LOG.info(() -> "event=training.assigned user=" + caller.username() + " assignment=" + assignment.id()
                + " requirements=" + people);
        return views(List.of(assignment)).get(0);
    }

    public Page<AssignmentView> page(@NotNull Caller caller, int page, int size) {
        scope.requireAny(caller, Role.HR, Role.ADMIN);
        long total = em.createQuery("select count(a) from Assignment a" + IN_SCOPE, Long.class)
                .setParameter("scope", caller.scopePath() + "%").getSingleResult();
        List<Assignment> assignments = em.createQuery("select a from Assignment a" + IN_SCOPE
                        + " order by a.dueOn, a.id", Assignment.class)
                .setParameter("scope", caller.scopePath() + "%")
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(views(assignments), page, size, total);
    }

    /** Withdraws an assignment with its requirements; overlapping assignments take over where they apply. */
    public void withdraw(@NotNull Caller caller, long id) {
        scope.requireAny(caller, Role.HR, Role.ADMIN);
        Assignment assignment = em.find(Assignment.class, id);
        if (assignment == null || !inScope(caller, assignment)) {
            throw new NotFound("Zuweisung");
        }
        List<Long> courses = courseIds(assignment);
        requirements.removeOf(id);
        em.remove(assignment);
        em.flush();
        em.createQuery("select a from Assignment a where a.courseId in :courses or a.programId is not null", Assignment.class)
                .setParameter("courses", courses).getResultStream()
                .forEach(other -> {
                    List<Long> overlap = courseIds(other).stream().filter(courses::contains).toList();
                    requirements.expand(other, overlap, pathOf(other), null);
                });
        LOG.info(() -> "event=training.withdrawn user=" + caller.username() + " assignment=" + id);
    }

    /** The courses an assignment stands for: its course, or the required courses of its program. */
    List<Long> courseIds(Assignment assignment) {
        if (assignment.courseId() != null) {
            return List.of(assignment.courseId());
        }
        Program program = em.find(Program.class, assignment.programId());
        List<String> iris = catalogue.program(program.iri()).orElseThrow().requiredCourses();
        return iris.isEmpty() ? List.of() : em.createQuery("select c.id from Course c where c.iri in :iris", Long.class)
                .setParameter("iris", iris).getResultList();
    }

    String pathOf(Assignment assignment) {
        return assignment.organisationId() != null ? em.find(Organisation.class, assignment.organisationId()).path()
                : em.find(Person.class, assignment.personId()).organisation().path();
    }

    private boolean inScope(Caller caller, Assignment assignment) {
        return caller.covers(pathOf(assignment));
    }

    private Person personInScope(Caller caller, long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null || !caller.covers(person.organisation().path())) {
            SecurityLog.accessDenied(caller.username(), "person " + personId);
            throw new NotFound("Person");
        }
        return person;
    }

    private Program programBySlug(String slug) {
        return em.createQuery("select p from Program p where p.slug = :slug", Program.class).setParameter("slug", slug)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("Programm"));
    }

    private static void requireOneOfEach(AssignmentForm form) {
        List<InvalidInput.Violation> violations = new ArrayList<>();
        if ((form.course() == null) == (form.program() == null)) {
            violations.add(new InvalidInput.Violation("course", "Bitte genau einen Kurs oder ein Programm wählen."));
        }
        if ((form.organisationId() == null) == (form.personId() == null)) {
            violations.add(new InvalidInput.Violation("organisationId",
                    "Bitte genau eine Organisationseinheit oder eine Person wählen."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput("Die Zuweisung ist unvollständig. / The assignment is incomplete.", violations);
        }
    }

    /** Views for a page of assignments: one query per kind of name, whatever the page size. */
    private List<AssignmentView> views(List<Assignment> assignments) {
        Map<Long, Object> courses = values("select c.id, c.titleDe from Course c where c.id in :ids",
                ids(assignments, Assignment::courseId));
        Map<Long, Object> programs = values("select p.id, p.titleDe from Program p where p.id in :ids",
                ids(assignments, Assignment::programId));
        Map<Long, Object> organisations = values("select o.id, o.name from Organisation o where o.id in :ids",
                ids(assignments, Assignment::organisationId));
        Map<Long, Object> people = values("select p.id, concat(concat(p.givenName, ' '), p.familyName) from Person p"
                + " where p.id in :ids", ids(assignments, Assignment::personId));
        Map<Long, Object> counts = values("select r.assignmentId, count(r) from Requirement r where r.assignmentId in :ids"
                + " group by r.assignmentId", ids(assignments, Assignment::id));
        return assignments.stream().map(a -> new AssignmentView(a.id(),
                (String) (a.courseId() != null ? courses.get(a.courseId()) : programs.get(a.programId())), a.programId() != null,
                (String) (a.organisationId() != null ? organisations.get(a.organisationId()) : people.get(a.personId())),
                a.organisationId() != null, a.dueOn(), a.recurrenceMonths(),
                ((Number) counts.getOrDefault(a.id(), 0L)).longValue(), a.assignedBy(), a.assignedAt())).toList();
    }

    /** (id, value) pairs of a query over a set of ids. */
    private Map<Long, Object> values(String query, Collection<Long> ids) {
        Map<Long, Object> values = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(query, Object[].class).setParameter("ids", ids).getResultStream()
                    .forEach(row -> values.put((Long) row[0], row[1]));
        }
        return values;
    }

    private static Collection<Long> ids(List<Assignment> assignments, java.util.function.Function<Assignment, Long> id) {
        return assignments.stream().map(id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }
}
