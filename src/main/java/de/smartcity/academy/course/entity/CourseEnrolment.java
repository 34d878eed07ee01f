package de.smartcity.academy.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A learner's state in one course: where they left off and, once, when they completed it and with
 * which content version. Completion is final: a later content version does not undo it.
 */
@Entity
@Table(name = "course_enrolment")
@NamedQuery(name = CourseEnrolment.OF, query = "select e from CourseEnrolment e"
        + " where e.personId = :personId and e.course.id = :courseId")
@NamedQuery(name = CourseEnrolment.OF_PERSON, query = "select e from CourseEnrolment e join fetch e.course"
        + " where e.personId = :personId order by e.lastVisitedAt desc")
@NamedQuery(name = CourseEnrolment.COUNT_OF_PERSON, query = "select count(e) from CourseEnrolment e"
        + " where e.personId = :personId")
public class CourseEnrolment {

    public static final String OF = "CourseEnrolment.of";
    public static final String OF_PERSON = "CourseEnrolment.ofPerson";
    public static final String COUNT_OF_PERSON = "CourseEnrolment.countOfPerson";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", updatable = false)
    private Course course;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "last_lesson_id", length = 100)
    private String lastLessonId;

    @Column(name = "last_visited_at", nullable = false)
    private Instant lastVisitedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_version", length = 64)
    private String completedVersion;

    @Column(name = "score_percent")
    private Integer scorePercent;

    @Version
    private long version;

    protected CourseEnrolment() {}

    public CourseEnrolment(long personId, Course course, Instant now) {
        this.personId = personId;
        this.course = course;
        this.startedAt = now;
        this.lastVisitedAt = now;
    }

    public void visit(String lessonId, Instant now) {
        lastLessonId = lessonId;
        lastVisitedAt = now;
    }

    /** @return true if this call completed the course (false if it was completed before) */
    public boolean complete(String contentVersion, int scorePercent, Instant now) {
        if (completedAt != null) {
            return false;
        }
        completedAt = now;
        completedVersion = contentVersion;
        this.scorePercent = scorePercent;
        return true;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public Course course() {
        return course;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String lastLessonId() {
        return lastLessonId;
    }

    public Instant lastVisitedAt() {
        return lastVisitedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String completedVersion() {
        return completedVersion;
    }

    public Integer scorePercent() {
        return scorePercent;
    }
}
