package de.smartcity.academy.cohort.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConferenceListTest {

    @Test
    void readsGermanExportWithBomSemicolonsUmlautsAndGermanTimes() throws Exception {
        String csv = "\uFEFFname;email;join;leave\r\n"
                + "Jürgen Köhler;juergen.koehler@musterstadt.example;23.11.2026 18:02;23.11.2026 19:30\r\n"
                + "Greta Öztürk;;2026-11-23T18:00:00;2026-11-23T18:45:30\r\n";

        List<ConferenceList.Row> rows = ConferenceList.read(csv);

        assertThat(rows).extracting(ConferenceList.Row::line).containsExactly(2L, 3L);
        assertThat(rows.get(0).name()).isEqualTo("Jürgen Köhler");
        assertThat(rows.get(0).join()).isEqualTo(LocalDateTime.of(2026, 11, 23, 18, 2));
        assertThat(rows.get(1).email()).isEmpty();
        assertThat(rows.get(1).leave()).isEqualTo(LocalDateTime.of(2026, 11, 23, 18, 45, 30));
    }

    @Test
    void acceptsCommasQuotesAndGermanHeaderNames() throws Exception {
        String csv = "Teilnehmer,E-Mail,Beitritt,Verlassen\n"
                + "\"Weiß, Sophie\",sophie.weiss@musterstadt.example,2026-11-23 18:00,2026-11-23 19:00";

        List<ConferenceList.Row> rows = ConferenceList.read(csv);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Weiß, Sophie");
            assertThat(row.line()).isEqualTo(2);
        });
    }

    @Test
    void everyBadLineIsNamedWithItsNumber() {
        String csv = "name;email;join;leave\n"
                + "Lena Lehmann;lena.lehmann@musterstadt.example;23.11.2026 18:00;23.11.2026 19:30\n"
                + "\n"
                + "Jonas Schmidt;jonas.schmidt@musterstadt.example;23.11.2026 25:00;23.11.2026 19:30\n"
                + "Aylin Demir;aylin.demir@musterstadt.example;23.11.2026 19:00;23.11.2026 18:00\n"
                + "Peter Müller;peter.mueller@musterstadt.example;23.11.2026 18:00\n"
                + ";;23.11.2026 18:00;23.11.2026 19:00";

        ConferenceList.Unreadable error = catchThrowableOfType(ConferenceList.Unreadable.class, () -> ConferenceList.read(csv));

        assertThat(error.rejected()).extracting(ConferenceList.Rejected::line).containsExactly(4L, 5L, 6L, 7L);
        assertThat(error.rejected().get(0).reason()).contains("25:00");
        assertThat(error.rejected().get(1).reason()).contains("vor dem Beitritt");
        assertThat(error.rejected().get(2).reason()).contains("Spalten");
    }

    @Test
    void aMissingColumnInTheHeaderRejectsTheFile() {
        ConferenceList.Unreadable error = catchThrowableOfType(ConferenceList.Unreadable.class,
                () -> ConferenceList.read("name;email;join\nLena;lena@x.example;23.11.2026 18:00\n"));

        assertThat(error.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(1);
            assertThat(r.reason()).contains("leave");
        });
    }
}
