package de.smartcity.academy.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleCsvTest {

    @Test
    void readsGermanExcelWithBomAndSemicolons() throws Exception {
        List<PeopleCsv.Line> lines = PeopleCsv.read("\uFEFFVorname;Nachname;E-Mail;Organisation;Sprache\r\n"
                + "Jürgen;Köhler;j.koehler@example.org;Bauamt;de\r\n"
                + "\r\n"
                + "\"Anna, Maria\";\"Müller\";a.mueller@example.org;12;en\r\n");
        assertThat(lines).containsExactly(
                new PeopleCsv.Line(2, "Jürgen", "Köhler", "j.koehler@example.org", "Bauamt", "de"),
                new PeopleCsv.Line(4, "Anna, Maria", "Müller", "a.mueller@example.org", "12", "en"));
    }

    @Test
    void readsCommaSeparatedWithEnglishHeaders() throws Exception {
        assertThat(PeopleCsv.read("given_name,family_name,email,organisation,language\nA,B,c@d.e,1,de\n"))
                .extracting(PeopleCsv.Line::email).containsExactly("c@d.e");
    }

    @Test
    void shortLinesGiveEmptyValuesForTheValidatorToReport() throws Exception {
        assertThat(PeopleCsv.read("vorname;nachname;email;organisation;sprache\nNur;Zwei\n"))
                .containsExactly(new PeopleCsv.Line(2, "Nur", "Zwei", "", "", ""));
    }

    @Test
    void missingColumnsAreNamed() {
        assertThatThrownBy(() -> PeopleCsv.read("vorname;nachname\nA;B\n"))
                .isInstanceOf(PeopleCsv.Unreadable.class)
                .hasMessageContaining("email").hasMessageContaining("organisation").hasMessageContaining("language");
    }

    @Test
    void brokenQuotingIsUnreadable() {
        assertThatThrownBy(() -> PeopleCsv.read("vorname;nachname;email;organisation;sprache\n\"A;B;c;d;e\n"))
                .isInstanceOf(PeopleCsv.Unreadable.class);
    }
}
