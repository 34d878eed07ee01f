package de.smartcity.academy.course.boundary;

import de.smartcity.academy.course.control.CourseDefinition;
import de.smartcity.academy.course.entity.Course;
import de.smartcity.academy.course.entity.CourseEnrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Progress of many people in many courses at once, for the features above (trainer dashboards,
 * reports): three grouped queries, whatever the number of people. Callers must have checked that
 * the caller may see these people.
 */
@ApplicationScoped
@Transactional
public class CourseProgressQuery {

    /** @param percent share of the live version's lessons done (100 once completed) */
    public record Cell(int percent, boolean started, boolean completed) implements java.io.Serializable {}

    public record Key(long personId, String courseIri) implements java.io.Serializable {}

    @PersistenceContext EntityManager em;
    @Inject Catalogue catalogue;

    public Map<Key, Cell> progress(Collection<Long> personIds, Collection<String> courseIris) {
        Map<Key, Cell> cells = new HashMap<>();
        if (personIds.isEmpty() || courseIris.isEmpty()) {
            return cells;
        }
        List<Course> courses = em.createQuery("select c from Course c where c.iri in :iris", Course.class)
                .setParameter("iris", courseIris).getResultList();
        Map<Long, Course> byId = new HashMap<>();
        courses.forEach(c -> byId.put(c.id(), c));
        Map<Key, Long> lessonsDone = new HashMap<>();
        em.createQuery("select p.personId, p.courseId, count(p) from LessonProgress p where p.personId in :people"
                        + " and p.courseId in :courses group by p.personId, p.courseId", Object[].class)
                .setParameter("people", personIds).setParameter("courses", byId.keySet())
                .getResultStream().forEach(row -> lessonsDone.put(
                        new Key((Long) row[0], byId.get((Long) row[1]).iri()), (Long) row[2]));
        em.createQuery("select e from CourseEnrolment e where e.personId in :people and e.course.id in :courses",
                        CourseEnrolment.class)
                .setParameter("people", personIds).setParameter("courses", byId.keySet())
                .getResultStream().forEach(e -> {
                    Key key = new Key(e.personId(), e.course().iri());
                    int lessons = lessonCount(catalogue.liveDefinition(e.course()));
                    int percent = e.isCompleted() ? 100
                            : (int) Math.min(99, lessonsDone.getOrDefault(key, 0L) * 100 / Math.max(1, lessons));
                    cells.put(key, new Cell(percent, true, e.isCompleted()));
                });
        return cells;
    }

    /** The content version with which the person completed each of these courses (absent: not completed). */
    public Map<String, String> completions(long personId, Collection<String> courseIris) {
        Map<String, String> versions = new HashMap<>();
        if (courseIris.isEmpty()) {
            return versions;
        }
        em.createQuery("select e from CourseEnrolment e join fetch e.course c where e.personId = :person"
                        + " and c.iri in :iris and e.completedAt is not null", CourseEnrolment.class)
                .setParameter("person", personId).setParameter("iris", courseIris)
                .getResultStream().forEach(e -> versions.put(e.course().iri(), e.completedVersion()));
        return versions;
    }

    private static int lessonCount(CourseDefinition definition) {
        return definition.modules().stream().mapToInt(m -> m.lessons().size()).sum();
    }
}
