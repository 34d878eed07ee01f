package de.smartcity.academy.report.boundary;

import de.smartcity.academy.cohort.entity.Cohort;
import de.smartcity.academy.course.boundary.Catalogue;
import de.smartcity.academy.course.entity.Course;
import de.smartcity.academy.identity.boundary.Caller;
import de.smartcity.academy.identity.control.Scope;
import de.smartcity.academy.identity.entity.Organisation;
import de.smartcity.academy.identity.entity.Role;
import de.smartcity.academy.platform.error.InvalidInput;
import de.smartcity.academy.report.control.Criteria;
import de.smartcity.academy.report.entity.ReportSetting;
import de.smartcity.academy.training.entity.TrainingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Turns what a user asked for into {@link Criteria} they may see: HR and admins only, the
 * organisation inside their subtree (403 otherwise), every other filter checked with a clear message.
 */
@ApplicationScoped
class ReportScope {

    @PersistenceContext EntityManager em;
    @Inject Scope scope;
    @Inject Catalogue catalogue;
    @Inject Clock clock;

    Organisation organisation(Caller caller, Long organisationId) {
        scope.requireAny(caller, Role.HR, Role.ADMIN);
        return scope.organisationInScope(caller, organisationId != null ? organisationId : caller.scopeId());
    }

    Criteria criteria(Caller caller, ReportFilter filter, Long personId) {
        Organisation organisation = organisation(caller, filter.organisationId());
        List<InvalidInput.Violation> problems = new ArrayList<>();
        List<Long> courses = courses(filter, problems);
        TrainingStatus status = status(filter.status(), problems);
        LocalDate from = date("from", filter.from(), problems);
        LocalDate to = date("to", filter.to(), problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new InvalidInput.Violation("to", "Das Ende des Zeitraums liegt vor seinem Anfang."));
        }
        if (filter.cohortId() != null && em.find(Cohort.class, filter.cohortId()) == null) {
            problems.add(new InvalidInput.Violation("cohort", "Diese Kohorte gibt es nicht."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("Die Filter des Berichts sind ungültig. / The report filters are invalid.", problems);
        }
        return new Criteria(organisation.path(), courses, filter.cohortId(), personId, status, from, to,
                LocalDate.now(clock));
    }

    /**
     * Scores are shown where the nearest organisation at or above the reported one that has a
     * setting allows them; without any setting they stay hidden.
     */
    boolean scoresShown(String organisationPath) {
        List<Long> selfAndAncestors = Arrays.stream(organisationPath.split("/")).filter(s -> !s.isEmpty())
                .map(Long::valueOf).toList();
        return em.createQuery("select s from ReportSetting s where s.organisationId in :ids", ReportSetting.class)
                .setParameter("ids", selfAndAncestors).getResultStream()
                .max(Comparator.comparingInt(s -> selfAndAncestors.indexOf(s.organisationId())))
                .map(ReportSetting::showsScores).orElse(false);
    }

    /** The courses to report on: a course, a program's required courses, a topic's courses — intersected. */
    private List<Long> courses(ReportFilter filter, List<InvalidInput.Violation> problems) {
        List<Long> courses = null;
        if (present(filter.course())) {
            courses = em.createNamedQuery(Course.BY_SLUG, Course.class).setParameter("slug", filter.course())
                    .getResultStream().map(Course::id).toList();
            if (courses.isEmpty()) {
                problems.add(new InvalidInput.Violation("course", "Diesen Kurs gibt es nicht."));
            }
        }
        if (present(filter.program())) {
            List<Long> required = programCourses(filter.program());
            if (required == null) {
                problems.add(new InvalidInput.Violation("program", "Dieses Programm gibt es nicht."));
            } else {
                courses = intersect(courses, required);
            }
        }
        if (present(filter.topic())) {
            courses = intersect(courses, em.createQuery("select c.id from Course c where c.topic = :topic", Long.class)
                    .setParameter("topic", filter.topic()).getResultList());
        }
        return courses;
    }

    private List<Long> programCourses(String slug) {
        return em.createQuery("select p.iri from Program p where p.slug = :slug", String.class).setParameter("slug", slug)
                .getResultStream().findFirst()
                .flatMap(catalogue::program)
                .map(program -> program.requiredCourses().isEmpty() ? List.<Long>of()
                        : em.createQuery("select c.id from Course c where c.iri in :iris", Long.class)
                                .setParameter("iris", program.requiredCourses()).getResultList())
                .orElse(null);
    }

    private static List<Long> intersect(List<Long> current, List<Long> more) {
        return current == null ? more : current.stream().filter(more::contains).toList();
    }

    private static TrainingStatus status(String value, List<InvalidInput.Violation> problems) {
        if (!present(value)) {
            return null;
        }
        try {
            return TrainingStatus.valueOf(value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidInput.Violation("status", "Unbekannter Status. Erlaubt: "
                    + Arrays.toString(TrainingStatus.values())));
            return null;
        }
    }

    private static LocalDate date(String field, String value, List<InvalidInput.Violation> problems) {
        if (!present(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new InvalidInput.Violation(field, "Bitte ein Datum im Format JJJJ-MM-TT angeben."));
            return null;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
