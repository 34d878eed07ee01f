package de.smartcity.academy.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * "Lesson done", with the content version the learner read last. Kept even if a later version drops
 * the lesson: removing content never deletes anyone's past. Done again in a refresher round, it
 * records that reading instead.
 */
@Entity
@Table(name = "lesson_progress")
@NamedQuery(name = LessonProgress.DONE_IDS, query = "select p.lessonId from LessonProgress p"
        + " where p.personId = :personId and p.courseId = :courseId and p.completedAt >= :since")
@NamedQuery(name = LessonProgress.OF_LESSON, query = "select p from LessonProgress p"
        + " where p.personId = :personId and p.courseId = :courseId and p.lessonId = :lessonId")
public class LessonProgress {

    public static final String DONE_IDS = "LessonProgress.doneIds";
    public static final String OF_LESSON = "LessonProgress.ofLesson";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private Long courseId;

    @Column(name = "lesson_id", nullable = false, length = 100, updatable = false)
    private String lessonId;

    @Column(name = "content_version", nullable = false, length = 64)
    private String contentVersion;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected LessonProgress() {}

    public LessonProgress(long personId, long courseId, String lessonId, String contentVersion, Instant completedAt) {
        this.personId = personId;
        this.courseId = courseId;
        this.lessonId = lessonId;
        this.contentVersion = contentVersion;
        this.completedAt = completedAt;
    }

    public void doneAgain(String contentVersion, Instant now) {
        this.contentVersion = contentVersion;
        this.completedAt = now;
    }
}
