package de.smartcity.academy.cohort.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Whether one participant took part in one session: at most one row per session and participant,
 * changed in place, with who recorded it, when and how (by hand or from a conference list).
 */
@Entity
@Table(name = "attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private Long sessionId;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private Long participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AttendanceStatus status;

    @Column(name = "minutes")
    private Integer minutes;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AttendanceSource source;

    protected Attendance() {}

    public Attendance(long sessionId, long participantId) {
        this.sessionId = sessionId;
        this.participantId = participantId;
    }

    /** A trainer's entry; it replaces whatever was recorded before, including imported minutes. */
    public void record(AttendanceStatus newStatus, String by, Instant now) {
        set(newStatus, null, AttendanceSource.MANUAL, by, now);
    }

    /**
     * The result of a conference list. An excuse the trainer already accepted survives an import
     * that finds the person absent: the list only knows who was there, not why others were not.
     */
    public void imported(boolean present, int connectedMinutes, String by, Instant now) {
        AttendanceStatus newStatus = present ? AttendanceStatus.PRESENT
                : status == AttendanceStatus.EXCUSED ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT;
        set(newStatus, connectedMinutes, AttendanceSource.IMPORT, by, now);
    }

    public boolean countsAsPresent(boolean excusedCountsAsPresent) {
        return status == AttendanceStatus.PRESENT || (excusedCountsAsPresent && status == AttendanceStatus.EXCUSED);
    }

    private void set(AttendanceStatus newStatus, Integer newMinutes, AttendanceSource newSource, String by, Instant now) {
        status = java.util.Objects.requireNonNull(newStatus);
        minutes = newMinutes;
        source = newSource;
        recordedBy = by;
        recordedAt = now;
    }

    public Long id() {
        return id;
    }

    public long sessionId() {
        return sessionId;
    }

    public long participantId() {
        return participantId;
    }

    public AttendanceStatus status() {
        return status;
    }

    public Integer minutes() {
        return minutes;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public AttendanceSource source() {
        return source;
    }
}
