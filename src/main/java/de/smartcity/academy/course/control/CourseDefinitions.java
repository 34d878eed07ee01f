package de.smartcity.academy.course.control;

import de.smartcity.academy.course.entity.CourseVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed course definitions by (course, content version). A version never changes once imported,
 * so caching it can never show stale content; the catalogue is small (hundreds of courses).
 */
@ApplicationScoped
public class CourseDefinitions {

    private record Key(long courseId, String contentVersion) {}

    private final Map<Key, CourseDefinition> cache = new ConcurrentHashMap<>();

    @PersistenceContext EntityManager em;

    public CourseDefinition get(long courseId, String contentVersion) {
        return cache.computeIfAbsent(new Key(courseId, contentVersion), key -> DefinitionJson.read(
                em.createNamedQuery(CourseVersion.DEFINITION, String.class)
                        .setParameter("courseId", key.courseId())
                        .setParameter("contentVersion", key.contentVersion())
                        .getSingleResult(),
                CourseDefinition.class));
    }
}
