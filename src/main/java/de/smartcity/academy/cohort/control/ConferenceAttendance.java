package de.smartcity.academy.cohort.control;

import java.time.Duration;
import java.time.LocalDateTime;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who of the enrolled participants was connected how long, from a conference list. A row belongs to
 * a participant by e-mail (any case), otherwise by exactly the same full name (Unicode-normalised, so
 * "Köhler" typed on a Mac matches); a name two participants share matches nobody. Several
 * connections of one person are merged as a union of intervals, so a second device or a dropped
 * line neither counts twice nor gets lost. Rows that match no participant are kept, summed per
 * person, for manual mapping.
 */
public final class ConferenceAttendance {

    /** Present is whoever was connected for at least this share of the session, by default. */
    public static final double DEFAULT_SHARE = 0.75;

    public record Enrolled(long participantId, String name, String email) implements java.io.Serializable {}

    public record Unmatched(String name, String email, int minutes) implements java.io.Serializable {}

    /** @param minutes connected minutes per participant id; participants not in the list are missing */
    public record Result(Map<Long, Integer> minutes, List<Unmatched> unmatched) implements java.io.Serializable {

        public int minutesOf(long participantId) {
            return minutes.getOrDefault(participantId, 0);
        }
    }

    private ConferenceAttendance() {}

    /** 75 % of the session, rounded up: 45 of 60 minutes, 68 of 90, 135 of 180. */
    public static int defaultMinimumMinutes(Duration sessionLength) {
        return (int) Math.ceil(sessionLength.toMinutes() * DEFAULT_SHARE);
    }

    public static Result match(List<ConferenceList.Row> rows, List<Enrolled> enrolled) {
        Map<String, Long> byEmail = new HashMap<>();
        Map<String, List<Long>> byName = new HashMap<>();
        for (Enrolled participant : enrolled) {
            byEmail.put(email(participant.email()), participant.participantId());
            byName.computeIfAbsent(name(participant.name()), n -> new ArrayList<>()).add(participant.participantId());
        }
        Map<Long, List<ConferenceList.Row>> matched = new LinkedHashMap<>();
        Map<String, List<ConferenceList.Row>> unmatched = new LinkedHashMap<>();
        for (ConferenceList.Row row : rows) {
            Long participant = byEmail.get(email(row.email()));
            List<Long> namesakes = byName.getOrDefault(name(row.name()), List.of());
            if (participant == null && namesakes.size() == 1) {
                participant = namesakes.get(0);
            }
            if (participant == null) {
                String key = row.email().isBlank() ? "name:" + name(row.name()) : "email:" + email(row.email());
                unmatched.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            } else {
                matched.computeIfAbsent(participant, p -> new ArrayList<>()).add(row);
            }
        }
        Map<Long, Integer> minutes = new HashMap<>();
        matched.forEach((participant, connections) -> minutes.put(participant, minutes(connections)));
        List<Unmatched> left = unmatched.values().stream().map(connections -> new Unmatched(
                connections.get(0).name(), connections.get(0).email(), minutes(connections))).toList();
        return new Result(minutes, left);
    }

    /** Connected minutes (whole minutes, rounded down) of the union of the connections. */
    static int minutes(List<ConferenceList.Row> connections) {
        List<ConferenceList.Row> sorted = connections.stream().sorted(Comparator.comparing(ConferenceList.Row::join)).toList();
        Duration total = Duration.ZERO;
        LocalDateTime from = null;
        LocalDateTime to = null;
        for (ConferenceList.Row row : sorted) {
            if (to == null || row.join().isAfter(to)) {
                total = from == null ? total : total.plus(Duration.between(from, to));
                from = row.join();
                to = row.leave();
            } else if (row.leave().isAfter(to)) {
                to = row.leave();
            }
        }
        total = from == null ? total : total.plus(Duration.between(from, to));
        return (int) total.toMinutes();
    }

    private static String email(String email) {
        return email == null || email.isBlank() ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String name(String name) {
        return name == null ? "" : Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }
}
