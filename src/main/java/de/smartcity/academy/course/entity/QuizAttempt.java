package de.smartcity.academy.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One attempt at a quiz, on the content version current when it started. The layout (question and
 * option order, shuffled once) and the answers are stored as JSON so a half-done attempt can be
 * resumed exactly. Once submitted it is immutable. Attempts are numbered across refresher rounds;
 * an attempt belongs to the round in which it started.
 */
@Entity
@Table(name = "quiz_attempt")
@NamedQuery(name = QuizAttempt.OF_QUIZ, query = "select a from QuizAttempt a where a.personId = :personId"
        + " and a.courseId = :courseId and a.quizId = :quizId order by a.attemptNo")
@NamedQuery(name = QuizAttempt.OF_COURSE, query = "select a from QuizAttempt a where a.personId = :personId"
        + " and a.courseId = :courseId and a.submittedAt is not null and a.startedAt >= :since")
public class QuizAttempt {

    public static final String OF_QUIZ = "QuizAttempt.ofQuiz";
    public static final String OF_COURSE = "QuizAttempt.ofCourse";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private Long courseId;

    @Column(name = "quiz_id", nullable = false, length = 100, updatable = false)
    private String quizId;

    @Column(name = "attempt_no", nullable = false, updatable = false)
    private int attemptNo;

    @Column(name = "content_version", nullable = false, length = 64, updatable = false)
    private String contentVersion;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Lob
    @Column(nullable = false, updatable = false)
    private String layout;

    @Lob
    @Column(nullable = false)
    private String answers;

    @Column
    private Integer score;

    @Column(name = "max_score", nullable = false, updatable = false)
    private int maxScore;

    @Column
    private Boolean passed;

    @Version
    private long version;

    protected QuizAttempt() {}

    public QuizAttempt(long personId, long courseId, String quizId, int attemptNo, String contentVersion,
                       String layoutJson, int maxScore, Instant now) {
        this.personId = personId;
        this.courseId = courseId;
        this.quizId = quizId;
        this.attemptNo = attemptNo;
        this.contentVersion = contentVersion;
        this.layout = layoutJson;
        this.answers = "{}";
        this.maxScore = maxScore;
        this.startedAt = now;
    }

    public void saveAnswers(String answersJson) {
        requireOpen();
        answers = answersJson;
    }

    public void submit(int score, boolean passed, Instant now) {
        requireOpen();
        this.score = score;
        this.passed = passed;
        this.submittedAt = now;
    }

    private void requireOpen() {
        if (isSubmitted()) {
            throw new IllegalStateException("attempt " + id + " is submitted");
        }
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public long courseId() {
        return courseId;
    }

    public String quizId() {
        return quizId;
    }

    public int attemptNo() {
        return attemptNo;
    }

    public String contentVersion() {
        return contentVersion;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String layout() {
        return layout;
    }

    public String answers() {
        return answers;
    }

    public Integer score() {
        return score;
    }

    public int maxScore() {
        return maxScore;
    }

    public boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }
}
