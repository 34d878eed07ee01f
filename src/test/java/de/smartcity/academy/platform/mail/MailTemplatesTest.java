package de.smartcity.academy.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The mail bundles stay in step, and composing fills placeholders in the recipient's language. */
class MailTemplatesTest {

    private static final Set<String> PROVIDED = Set.of("application.received", "application.approved",
            "application.declined", "waitlist.promoted", "session.reminder", "cohort.starting",
            "reminder.progress", "mail.test");

    private final MailTemplates templates = new MailTemplates();

    @Test
    void germanAndEnglishHaveTheSameKeys() throws IOException {
        Properties german = load("mail_de.properties");
        Properties english = load("mail_en.properties");
        assertThat(english.keySet()).as("keys only in German").containsAll(german.keySet());
        assertThat(german.keySet()).as("keys only in English").containsAll(english.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mail_de.properties", "mail_en.properties"})
    void everyTemplateHasSubjectAndBodyAndNothingElse(String file) throws IOException {
        Properties bundle = load(file);
        Set<String> names = bundle.stringPropertyNames().stream()
                .map(key -> key.substring(0, key.lastIndexOf('.'))).collect(Collectors.toSet());
        assertThat(names).containsAll(PROVIDED);
        for (String name : names) {
            assertThat(bundle.getProperty(name + ".subject")).as(name + ".subject").isNotBlank();
            assertThat(bundle.getProperty(name + ".body")).as(name + ".body").isNotBlank();
        }
        assertThat(bundle.stringPropertyNames()).allSatisfy(key -> assertThat(key).matches(".+\\.(subject|body)"));
    }

    /** A single apostrophe would silently swallow the placeholders after it (MessageFormat quoting). */
    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void everyPlaceholderIsFilledAndSubjectsAreOneLine(String language) throws IOException {
        Object[] arguments = {"ARG0", "ARG1", "ARG2", "ARG3", "ARG4"};
        for (String name : names(load("mail_" + language + ".properties"))) {
            MailTemplates.Composed mail = templates.compose(name, language, arguments);
            assertThat(mail.subject() + mail.body()).as(name).doesNotContain("{", "}").contains("ARG0");
            assertThat(mail.subject()).as(name).doesNotContain("\n");
            assertThat(mail.body()).as(name).startsWith("de".equals(language) ? "Guten Tag ARG0," : "Dear ARG0,");
        }
    }

    @Test
    void germanIsTheDefaultAndUmlautsSurvive() {
        MailTemplates.Composed mail = templates.compose("application.approved", null,
                "Jörg Grün", "Smart-City-Grundlagen – Frühjahr", LocalDate.of(2026, 3, 2));
        assertThat(mail.language()).isEqualTo("de");
        assertThat(mail.subject()).isEqualTo("Zusage: Ihr Platz in „Smart-City-Grundlagen – Frühjahr“");
        assertThat(mail.body())
                .startsWith("Guten Tag Jörg Grün,\n\nwir freuen uns")
                .contains("Der Durchgang beginnt am 2. März 2026.")
                .endsWith("Mit freundlichen Grüßen\nIhre Smart City Manager Akademie\n");
    }

    @Test
    void englishRecipientsGetEnglishWithEnglishDates() {
        MailTemplates.Composed mail = templates.compose("session.reminder", "en", "Zoë Åström", "Data Basics",
                "Open data in practice", LocalDateTime.of(2026, 3, 9, 14, 0), "https://meet.example/abc");
        assertThat(mail.language()).isEqualTo("en");
        assertThat(mail.subject()).startsWith("Reminder: \"Open data in practice\" on March 9, 2026");
        assertThat(mail.body()).startsWith("Dear Zoë Åström,").contains("https://meet.example/abc\n")
                .endsWith("Your Smart City Manager Academy\n");
    }

    @Test
    void argumentsAreNotReadAsPatterns() {
        MailTemplates.Composed mail = templates.compose("reminder.progress", "de", "Eva", "Kurs",
                "Bitte denken Sie an {0} und an 'Modul 3'.");
        assertThat(mail.body()).contains("Bitte denken Sie an {0} und an 'Modul 3'.");
    }

    @Test
    void anUnknownTemplateIsAProgrammingError() {
        assertThatThrownBy(() -> templates.compose("no.such.template", "de"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such.template");
    }

    private static Set<String> names(Properties bundle) {
        return bundle.stringPropertyNames().stream()
                .map(key -> key.substring(0, key.lastIndexOf('.'))).collect(Collectors.toSet());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTemplatesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
