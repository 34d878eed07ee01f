package de.smartcity.academy.cohort.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * One run of a program or course, with dates, a registration window, a fixed number of seats and
 * its trainers. Status changes follow {@link CohortStatus#next()} only.
 */
@Entity
@Table(name = "cohort")
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "program_iri", length = 300)
    private String programIri;

    @Column(name = "course_iri", length = 300)
    private String courseIri;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "registration_opens", nullable = false)
    private LocalDate registrationOpens;

    @Column(name = "registration_closes", nullable = false)
    private LocalDate registrationCloses;

    @Column(nullable = false)
    private int seats;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Approval approval;

    @Column(name = "attendance_min_percent", nullable = false)
    private int attendanceMinPercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CohortStatus status = CohortStatus.PLANNED;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_trainer", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "person_id")
    private Set<Long> trainerIds = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Cohort() {}

    public Cohort(CohortPlan plan, Instant now) {
        plan(plan);
        this.createdAt = now;
    }

    /** Changes title, dates, seats and rules; seats may not drop below the people already enrolled. */
    public final void plan(CohortPlan plan) {
        title = plan.title();
        programIri = plan.programIri();
        courseIri = plan.courseIri();
        startsOn = plan.startsOn();
        endsOn = plan.endsOn();
        registrationOpens = plan.registrationOpens();
        registrationCloses = plan.registrationCloses();
        seats = plan.seats();
        approval = plan.approval();
        attendanceMinPercent = plan.attendanceMinPercent();
        trainerIds = new HashSet<>(plan.trainerIds());
    }

    public void moveTo(CohortStatus next) {
        if (!status.next().contains(next)) {
            throw new InvalidTransition(status, next);
        }
        status = next;
    }

    /** The plan of the next run: same program, rules and trainers, dates shifted to the new start. */
    public CohortPlan nextRun(LocalDate newStart) {
        long shift = java.time.temporal.ChronoUnit.DAYS.between(startsOn, newStart);
        return new CohortPlan(title, programIri, courseIri, newStart, endsOn.plusDays(shift),
                registrationOpens.plusDays(shift), registrationCloses.plusDays(shift), seats, approval,
                attendanceMinPercent, Set.copyOf(trainerIds));
    }

    public boolean acceptsApplications(LocalDate today) {
        return status == CohortStatus.OPEN && !today.isBefore(registrationOpens) && !today.isAfter(registrationCloses);
    }

    public boolean isRunBy(long personId) {
        return trainerIds.contains(personId);
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String programIri() {
        return programIri;
    }

    public String courseIri() {
        return courseIri;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public LocalDate registrationOpens() {
        return registrationOpens;
    }

    public LocalDate registrationCloses() {
        return registrationCloses;
    }

    public int seats() {
        return seats;
    }

    public Approval approval() {
        return approval;
    }

    public int attendanceMinPercent() {
        return attendanceMinPercent;
    }

    public CohortStatus status() {
        return status;
    }

    public Set<Long> trainerIds() {
        return Set.copyOf(trainerIds);
    }
}
