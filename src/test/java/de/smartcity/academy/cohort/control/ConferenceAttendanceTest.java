package de.smartcity.academy.cohort.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConferenceAttendanceTest {

    private static final List<ConferenceAttendance.Enrolled> ENROLLED = List.of(
            new ConferenceAttendance.Enrolled(1, "Lena Lehmann", "lena.lehmann@musterstadt.example"),
            new ConferenceAttendance.Enrolled(2, "Jürgen Köhler", "juergen.koehler@musterstadt.example"),
            new ConferenceAttendance.Enrolled(3, "Greta Öztürk", "greta.oeztuerk@beispieldorf.example"),
            new ConferenceAttendance.Enrolled(4, "Anna Schmidt", "anna.schmidt@musterstadt.example"),
            new ConferenceAttendance.Enrolled(5, "Anna Schmidt", "anna.schmidt2@musterstadt.example"));

    @Test
    void theDefaultMinimumIsThreeQuartersOfTheSessionRoundedUp() {
        assertThat(ConferenceAttendance.defaultMinimumMinutes(Duration.ofMinutes(60))).isEqualTo(45);
        assertThat(ConferenceAttendance.defaultMinimumMinutes(Duration.ofMinutes(90))).isEqualTo(68);
        assertThat(ConferenceAttendance.defaultMinimumMinutes(Duration.ofMinutes(180))).isEqualTo(135);
    }

    @Test
    void severalConnectionsOfOnePersonAreSummedAndOverlapsCountOnce() throws Exception {
        ConferenceAttendance.Result result = ConferenceAttendance.match(ConferenceList.read("name;email;join;leave\n"
                + "Lena Lehmann;LENA.Lehmann@Musterstadt.example;23.11.2026 18:00;23.11.2026 18:30\n"
                + "Lena Lehmann;lena.lehmann@musterstadt.example;23.11.2026 18:40;23.11.2026 19:20\n"
                + "Lena (Handy);lena.lehmann@musterstadt.example;23.11.2026 18:10;23.11.2026 18:35\n"), ENROLLED);

        assertThat(result.minutesOf(1)).as("18:00-18:35 and 18:40-19:20").isEqualTo(75);
        assertThat(result.unmatched()).isEmpty();
    }

    @Test
    void withoutEmailTheExactFullNameMatchesAlsoWithDecomposedUmlauts() throws Exception {
        String decomposed = Normalizer.normalize("Jürgen Köhler", Normalizer.Form.NFD);
        ConferenceAttendance.Result result = ConferenceAttendance.match(ConferenceList.read("name;email;join;leave\n"
                + decomposed + ";;23.11.2026 18:00;23.11.2026 18:50\n"
                + "Greta Öztürk;privat@example.org;23.11.2026 18:00;23.11.2026 18:30\n"
                + "greta öztürk;;23.11.2026 18:30;23.11.2026 19:00\n"), ENROLLED);

        assertThat(result.minutesOf(2)).isEqualTo(50);
        assertThat(result.minutesOf(3)).as("unknown e-mail, but the exact name").isEqualTo(30);
        assertThat(result.unmatched()).singleElement()
                .isEqualTo(new ConferenceAttendance.Unmatched("greta öztürk", "", 30));
    }

    @Test
    void unmatchedRowsAreKeptPerPersonWithTheirMinutes() throws Exception {
        ConferenceAttendance.Result result = ConferenceAttendance.match(ConferenceList.read("name;email;join;leave\n"
                + "Gast;gast@example.org;23.11.2026 18:00;23.11.2026 18:20\n"
                + "Gast;GAST@example.org;23.11.2026 18:30;23.11.2026 18:40\n"
                + "Anna Schmidt;;23.11.2026 18:00;23.11.2026 19:00\n"), ENROLLED);

        assertThat(result.unmatched()).containsExactly(
                new ConferenceAttendance.Unmatched("Gast", "gast@example.org", 30),
                new ConferenceAttendance.Unmatched("Anna Schmidt", "", 60));
        assertThat(result.minutes()).as("two enrolled Anna Schmidts: the name decides nothing").isEmpty();
    }
}
