package de.smartcity.academy.training.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * That one person must complete one course by {@code dueOn}, because of an assignment. Written only
 * by set-based SQL ({@code training.control.Requirements}), hence read-only here and never cached.
 */
@Entity
@Cacheable(false)
@Table(name = "training_requirement")
public class Requirement {

    @Id
    private Long id;

    @Column(name = "person_id", insertable = false, updatable = false)
    private Long personId;

    @Column(name = "course_id", insertable = false, updatable = false)
    private Long courseId;

    @Column(name = "assignment_id", insertable = false, updatable = false)
    private Long assignmentId;

    @Column(name = "due_on", insertable = false, updatable = false)
    private LocalDate dueOn;

    protected Requirement() {}

    public Long personId() {
        return personId;
    }

    public Long courseId() {
        return courseId;
    }

    public Long assignmentId() {
        return assignmentId;
    }

    public LocalDate dueOn() {
        return dueOn;
    }
}
