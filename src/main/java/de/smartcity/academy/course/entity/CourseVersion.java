package de.smartcity.academy.course.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One imported content version of a course, immutable: the whole validated definition as JSON. */
@Entity
@Table(name = "course_version")
@NamedQuery(name = CourseVersion.DEFINITION, query = "select v.definition from CourseVersion v"
        + " where v.course.id = :courseId and v.contentVersion = :contentVersion")
@NamedQuery(name = CourseVersion.OF_COURSE, query = "select v from CourseVersion v"
        + " where v.course.id = :courseId order by v.importedAt desc")
public class CourseVersion {

    public static final String DEFINITION = "CourseVersion.definition";
    public static final String OF_COURSE = "CourseVersion.ofCourse";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "content_version", nullable = false, length = 64, updatable = false)
    private String contentVersion;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private String definition;

    protected CourseVersion() {}

    public CourseVersion(Course course, String contentVersion, String definitionJson, Instant importedAt) {
        this.course = course;
        this.contentVersion = contentVersion;
        this.definition = definitionJson;
        this.importedAt = importedAt;
    }

    public String contentVersion() {
        return contentVersion;
    }

    public Instant importedAt() {
        return importedAt;
    }
}
