package de.smartcity.academy.course.entity;

import de.smartcity.academy.course.control.CourseDefinition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A course of the catalogue, identified by its IRI. It points at the live content version; older
 * versions stay in {@link CourseVersion} because progress and certificates refer to them.
 */
@Entity
@Table(name = "course")
@NamedQuery(name = Course.BY_IRI, query = "select c from Course c where c.iri = :iri")
@NamedQuery(name = Course.BY_SLUG, query = "select c from Course c where c.slug = :slug and c.listed = true")
public class Course {

    public static final String BY_IRI = "Course.byIri";
    public static final String BY_SLUG = "Course.bySlug";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300, unique = true)
    private String iri;

    @Column(nullable = false, length = 100, unique = true)
    private String slug;

    @Column(name = "title_de", nullable = false, length = 300)
    private String titleDe;

    @Column(name = "title_en", length = 300)
    private String titleEn;

    @Column(nullable = false, length = 40)
    private String topic;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "estimated_hours", nullable = false)
    private int estimatedHours;

    @Column(name = "module_count", nullable = false)
    private int moduleCount;

    @Column(name = "current_version", nullable = false, length = 64)
    private String currentVersion;

    /** False once the course folder is gone: it leaves the catalogue, its history stays. */
    @Column(nullable = false)
    private boolean listed = true;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Course() {}

    public Course(CourseDefinition definition, Instant now) {
        this.iri = definition.id();
        show(definition, now);
    }

    /** Makes this definition the live version of the course. */
    public final void show(CourseDefinition definition, Instant now) {
        slug = definition.slug();
        titleDe = definition.title().de();
        titleEn = definition.title().en();
        topic = definition.topic();
        language = definition.language();
        estimatedHours = definition.estimatedHours();
        moduleCount = definition.modules().size();
        currentVersion = definition.contentVersion();
        listed = true;
        updatedAt = now;
    }

    public void unlist(Instant now) {
        listed = false;
        updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String iri() {
        return iri;
    }

    public String slug() {
        return slug;
    }

    public String titleDe() {
        return titleDe;
    }

    public String titleEn() {
        return titleEn;
    }

    public String topic() {
        return topic;
    }

    public String language() {
        return language;
    }

    public int estimatedHours() {
        return estimatedHours;
    }

    public int moduleCount() {
        return moduleCount;
    }

    public String currentVersion() {
        return currentVersion;
    }

    public boolean isListed() {
        return listed;
    }
}
