package de.smartcity.academy.course.boundary;

import de.smartcity.academy.course.control.CourseDefinition;
import de.smartcity.academy.course.control.DefinitionJson;
import de.smartcity.academy.course.control.ProgramDefinition;
import de.smartcity.academy.course.entity.Course;
import de.smartcity.academy.course.entity.CourseVersion;
import de.smartcity.academy.course.entity.Program;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores imported definitions, one course per transaction, so one course never half-lands. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class CourseStore {

    @PersistenceContext EntityManager em;
    @Inject Clock clock;

    /** @return true if this definition became a new live version */
    public boolean store(CourseDefinition definition) {
        Course course = em.createNamedQuery(Course.BY_IRI, Course.class).setParameter("iri", definition.id())
                .getResultStream().findFirst().orElse(null);
        if (course != null && course.isListed() && course.currentVersion().equals(definition.contentVersion())) {
            return false;
        }
        if (course == null) {
            course = new Course(definition, clock.instant());
            em.persist(course);
        } else {
            course.show(definition, clock.instant());
        }
        boolean known = !em.createQuery("select v.id from CourseVersion v where v.course = :course"
                        + " and v.contentVersion = :version", Long.class)
                .setParameter("course", course).setParameter("version", definition.contentVersion())
                .getResultList().isEmpty();
        if (!known) {
            em.persist(new CourseVersion(course, definition.contentVersion(), DefinitionJson.write(definition),
                    clock.instant()));
        }
        return true;
    }

    public void store(ProgramDefinition definition) {
        Program program = em.createNamedQuery(Program.BY_IRI, Program.class).setParameter("iri", definition.id())
                .getResultStream().findFirst().orElseGet(() -> {
                    Program created = new Program(definition.id());
                    em.persist(created);
                    return created;
                });
        program.define(definition.slug(), definition.title().de(), DefinitionJson.write(definition), clock.instant());
    }

    /** Courses whose folder is gone leave the catalogue (their history stays). */
    public void unlistAllBut(Collection<String> presentIris, Set<String> rejectedSlugs) {
        Set<String> keep = Set.copyOf(presentIris);
        em.createQuery("select c from Course c where c.listed = true", Course.class).getResultStream()
                .filter(c -> !keep.contains(c.iri()) && !rejectedSlugs.contains(c.slug()))
                .collect(Collectors.toList())
                .forEach(c -> c.unlist(clock.instant()));
    }
}
