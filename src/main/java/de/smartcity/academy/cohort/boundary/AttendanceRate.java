package de.smartcity.academy.cohort.boundary;

/**
 * How often a participant was there: {@code percent} = sessions counted as present / sessions that
 * have started, rounded down (79.9 % is below an 80 % minimum); null while no session has started.
 */
public record AttendanceRate(long participantId, long personId, String name, String email, String organisation,
                             int sessionsHeld, int present, int excused, int absent, Integer percent,
                             boolean belowMinimum) implements java.io.Serializable {

    static Integer percent(int counted, int held) {
        return held == 0 ? null : (int) (100L * counted / held);
    }
}
