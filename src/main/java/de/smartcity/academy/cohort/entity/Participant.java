package de.smartcity.academy.cohort.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A person's place in a cohort: applied, enrolled, on the waitlist, declined or cancelled. Whether
 * an approved applicant gets a seat is decided by the caller that holds the cohort lock
 * ({@link #admit(boolean, Instant)}).
 */
@Entity
@Table(name = "cohort_participant")
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false, updatable = false)
    private Long cohortId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ParticipantStatus status;

    @Column(length = 1000)
    private String note;

    @Column(name = "applied_at", nullable = false, updatable = false)
    private Instant appliedAt;

    @Column(name = "waitlisted_at")
    private Instant waitlistedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(length = 1000)
    private String reason;

    @Version
    private long version;

    protected Participant() {}

    public Participant(long cohortId, long personId, String note, Instant now) {
        this.cohortId = cohortId;
        this.personId = personId;
        this.note = note;
        this.appliedAt = now;
        this.status = ParticipantStatus.APPLIED;
    }

    /** Gives a seat if one is free, otherwise a place at the end of the waitlist. */
    public void admit(boolean seatFree, Instant now) {
        requireOneOf(ParticipantStatus.APPLIED);
        status = seatFree ? ParticipantStatus.ENROLLED : ParticipantStatus.WAITLISTED;
        waitlistedAt = seatFree ? null : now;
    }

    public void decide(String by, Instant now) {
        decidedBy = by;
        decidedAt = now;
    }

    public void decline(String by, String why, Instant now) {
        requireOneOf(ParticipantStatus.APPLIED, ParticipantStatus.WAITLISTED);
        status = ParticipantStatus.DECLINED;
        reason = why;
        decide(by, now);
    }

    /** @return whether a seat became free */
    public boolean cancel(String by, String why, Instant now) {
        requireOneOf(ParticipantStatus.APPLIED, ParticipantStatus.ENROLLED, ParticipantStatus.WAITLISTED);
        boolean freedSeat = status == ParticipantStatus.ENROLLED;
        status = ParticipantStatus.CANCELLED;
        reason = why;
        decide(by, now);
        return freedSeat;
    }

    public void promote() {
        requireOneOf(ParticipantStatus.WAITLISTED);
        status = ParticipantStatus.ENROLLED;
    }

    /** A cancelled or declined person applies again: back to the start of the process. */
    public void reapply(String newNote, Instant now) {
        requireOneOf(ParticipantStatus.CANCELLED, ParticipantStatus.DECLINED);
        status = ParticipantStatus.APPLIED;
        note = newNote;
        appliedAt = now;
        waitlistedAt = null;
        reason = null;
    }

    private void requireOneOf(ParticipantStatus... allowed) {
        if (!java.util.Arrays.asList(allowed).contains(status)) {
            throw new WrongParticipantState(status);
        }
    }

    public Long id() {
        return id;
    }

    public long cohortId() {
        return cohortId;
    }

    public long personId() {
        return personId;
    }

    public ParticipantStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public Instant appliedAt() {
        return appliedAt;
    }

    public Instant waitlistedAt() {
        return waitlistedAt;
    }

    public String reason() {
        return reason;
    }
}
