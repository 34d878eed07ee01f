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
 * A learner's state in one course: where they left off and when they last completed it, with which
 * content version. Completion is final: a later content version does not undo it. A refresher
 * (recertification) starts a new round on the current version; the last completion stays until the
 * new round completes, and only progress made since the round started counts for it.
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

    @Column(name = "round_no", nullable = false)
    private int roundNo = 1;

    /** Null in the first round: all progress counts. */
    @Column(name = "round_started_at")
    private Instant roundStartedAt;

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

    /** @return true if this call completed the current round (false if it was completed before) */
    public boolean complete(String contentVersion, int scorePercent, Instant now) {
        if (isRoundCompleted()) {
            return false;
        }
        completedAt = now;
        completedVersion = contentVersion;
        this.scorePercent = scorePercent;
        return true;
    }

    /** Starts a refresher: a new round that must be completed again; the last completion stays meanwhile. */
    public void startRound(Instant now) {
        if (!isRoundCompleted()) {
            throw new IllegalStateException("round " + roundNo + " of enrolment " + id + " is not completed");
        }
        roundNo++;
        roundStartedAt = now;
    }

    /** Whether the course was completed at least once (stays true while a refresher runs). */
    public boolean isCompleted() {
        return completedAt != null;
    }

    public boolean isRoundCompleted() {
        return roundCompleted(completedAt, roundStartedAt);
    }

    /** {@link #isRoundCompleted()} from the two columns, for queries that read no entity. */
    public static boolean roundCompleted(Instant completedAt, Instant roundStartedAt) {
        return completedAt != null && (roundStartedAt == null || !completedAt.isBefore(roundStartedAt));
    }

    /** Progress (lessons done, quiz attempts) at or after this instant counts for the current round. */
    public Instant countsSince() {
        return roundStartedAt == null ? Instant.EPOCH : roundStartedAt;
    }

    public int roundNo() {
        return roundNo;
    }

    public Instant roundStartedAt() {
        return roundStartedAt;
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
