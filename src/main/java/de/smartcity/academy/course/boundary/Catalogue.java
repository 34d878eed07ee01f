package de.smartcity.academy.course.boundary;

import de.smartcity.academy.course.control.CourseDefinition;
import de.smartcity.academy.course.control.CourseDefinitions;
import de.smartcity.academy.course.control.DefinitionJson;
import de.smartcity.academy.course.control.ProgramDefinition;
import de.smartcity.academy.course.entity.Course;
import de.smartcity.academy.course.entity.Program;
import de.smartcity.academy.platform.error.NotFound;
import de.smartcity.academy.platform.paging.Page;
import de.smartcity.academy.platform.persistence.Like;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The course catalogue: search and filter the listed courses, open one by its id (slug). */
@ApplicationScoped
@Transactional
public class Catalogue {

    /** @param text part of the German or English title; topic/language exact; maxHours an upper bound */
    public record Filter(String text, String topic, String language, Integer maxHours) implements java.io.Serializable {}

    @PersistenceContext EntityManager em;
    @Inject CourseDefinitions definitions;

    public Page<CourseSummary> search(Filter filter, int page, int size) {
        String where = " from Course c where c.listed = true"
                + " and (lower(c.titleDe) like :text or lower(c.titleEn) like :text)"
                + (blank(filter.topic()) ? "" : " and c.topic = :topic")
                + (blank(filter.language()) ? "" : " and c.language = :language")
                + (filter.maxHours() == null ? "" : " and c.estimatedHours <= :maxHours");
        long total = bind(em.createQuery("select count(c)" + where, Long.class), filter).getSingleResult();
        List<CourseSummary> items = bind(em.createQuery("select c" + where + " order by c.titleDe, c.id", Course.class), filter)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultStream().map(CourseSummary::of).toList();
        return new Page<>(items, page, size, total);
    }

    /** Topics that have at least one listed course, for the filter. */
    public List<String> topics() {
        return em.createQuery("select distinct c.topic from Course c where c.listed = true order by c.topic", String.class)
                .getResultList();
    }

    public Course course(String slug) {
        return em.createNamedQuery(Course.BY_SLUG, Course.class).setParameter("slug", slug)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("Kurs"));
    }

    public CourseDefinition liveDefinition(Course course) {
        return definitions.get(course.id(), course.currentVersion());
    }

    /** German titles of these courses, in the given order (unknown IRIs are left out). */
    public java.util.LinkedHashMap<String, String> titles(List<String> iris) {
        java.util.Map<String, String> found = new java.util.HashMap<>();
        if (!iris.isEmpty()) {
            em.createQuery("select c from Course c where c.iri in :iris", Course.class).setParameter("iris", iris)
                    .getResultStream().forEach(c -> found.put(c.iri(), c.titleDe()));
        }
        java.util.LinkedHashMap<String, String> ordered = new java.util.LinkedHashMap<>();
        iris.stream().filter(found::containsKey).forEach(iri -> ordered.put(iri, found.get(iri)));
        return ordered;
    }

    /** A course's definition in the content version a learner took (any version ever imported). */
    public Optional<CourseDefinition> definition(String iri, String contentVersion) {
        return em.createNamedQuery(Course.BY_IRI, Course.class).setParameter("iri", iri).getResultStream().findFirst()
                .map(course -> definitions.get(course.id(), contentVersion));
    }

    /** Titles of all programs by their id (slug), for choices. */
    public java.util.LinkedHashMap<String, String> programTitles() {
        java.util.LinkedHashMap<String, String> titles = new java.util.LinkedHashMap<>();
        em.createQuery("select p from Program p order by p.titleDe", Program.class).getResultStream()
                .forEach(p -> titles.put(p.slug(), p.titleDe()));
        return titles;
    }

    /** A program definition (e.g. Smart City Manager) by its IRI. */
    public Optional<ProgramDefinition> program(String iri) {
        return em.createNamedQuery(Program.BY_IRI, Program.class).setParameter("iri", iri).getResultStream()
                .findFirst().map(p -> DefinitionJson.read(p.definition(), ProgramDefinition.class));
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Filter filter) {
        query.setParameter("text", Like.containing(filter.text()));
        if (!blank(filter.topic())) {
            query.setParameter("topic", filter.topic());
        }
        if (!blank(filter.language())) {
            query.setParameter("language", filter.language());
        }
        if (filter.maxHours() != null) {
            query.setParameter("maxHours", filter.maxHours());
        }
        return query;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
