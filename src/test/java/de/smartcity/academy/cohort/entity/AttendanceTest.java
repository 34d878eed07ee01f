package de.smartcity.academy.cohort.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttendanceTest {

    private static final Instant NOW = Instant.parse("2027-03-29T18:00:00Z");

    @Test
    void excusedCountsAsPresentOnlyWhereTheProgramSaysSo() {
        Attendance attendance = new Attendance(1, 2);
        attendance.record(AttendanceStatus.EXCUSED, "trainer", NOW);

        assertThat(attendance.countsAsPresent(false)).isFalse();
        assertThat(attendance.countsAsPresent(true)).isTrue();
        assertThat(attendance.source()).isEqualTo(AttendanceSource.MANUAL);
    }

    @Test
    void anImportThatFindsSomeoneAbsentKeepsTheirExcuse() {
        Attendance attendance = new Attendance(1, 2);
        attendance.record(AttendanceStatus.EXCUSED, "trainer", NOW);

        attendance.imported(false, 0, "trainer", NOW);

        assertThat(attendance.status()).isEqualTo(AttendanceStatus.EXCUSED);
        assertThat(attendance.source()).isEqualTo(AttendanceSource.IMPORT);
        attendance.imported(true, 80, "trainer", NOW);
        assertThat(attendance.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(attendance.minutes()).isEqualTo(80);
    }

    @Test
    void aManualEntryReplacesImportedMinutes() {
        Attendance attendance = new Attendance(1, 2);
        attendance.imported(false, 10, "trainer", NOW);

        attendance.record(AttendanceStatus.PRESENT, "admin", NOW);

        assertThat(attendance.minutes()).isNull();
        assertThat(attendance.recordedBy()).isEqualTo("admin");
    }
}
