package de.smartcity.academy.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * HR's decision that a course or a program is mandatory for a person or for everyone in an org
 * unit and its sub-units (also for people who join later), due by a date and optionally again every
 * {@code recurrenceMonths}. Exactly one of course/program and one of organisation/person is set.
 * Assignments are not edited: HR withdraws one and assigns anew.
 */
@Entity
@Table(name = "training_assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", updatable = false)
    private Long courseId;

    @Column(name = "program_id", updatable = false)
    private Long programId;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "recurrence_months", updatable = false)
    private Integer recurrenceMonths;

    @Column(name = "assigned_by", nullable = false, length = 64, updatable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    protected Assignment() {}

    private Assignment(Long courseId, Long programId, Long organisationId, Long personId, LocalDate dueOn,
                       Integer recurrenceMonths, String assignedBy, Instant assignedAt) {
        if ((courseId == null) == (programId == null) || (organisationId == null) == (personId == null)) {
            throw new IllegalArgumentException("exactly one course or program and one org unit or person");
        }
        this.courseId = courseId;
        this.programId = programId;
        this.organisationId = organisationId;
        this.personId = personId;
        this.dueOn = dueOn;
        this.recurrenceMonths = recurrenceMonths;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    /** @param what a course ({@code program == false}) or program id; @param toOrganisation org unit or person id */
    public static Assignment of(long what, boolean program, long who, boolean toOrganisation, LocalDate dueOn,
                                Integer recurrenceMonths, String assignedBy, Instant assignedAt) {
        return new Assignment(program ? null : what, program ? what : null, toOrganisation ? who : null,
                toOrganisation ? null : who, dueOn, recurrenceMonths, assignedBy, assignedAt);
    }

    public Long id() {
        return id;
    }

    public Long courseId() {
        return courseId;
    }

    public Long programId() {
        return programId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Long personId() {
        return personId;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Integer recurrenceMonths() {
        return recurrenceMonths;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }
}
