package de.smartcity.academy.course.control;

import static de.smartcity.academy.course.control.LibraryFixture.COURSE;
import static de.smartcity.academy.course.control.LibraryFixture.LESSON;
import static de.smartcity.academy.course.control.LibraryFixture.QUIZ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseLibraryReaderTest {

    @TempDir
    Path directory;

    @Test
    void readsTheValidFixture() {
        CourseLibrary library = new CourseLibraryReader().read(LibraryFixture.original());

        assertThat(library.rejected()).isEmpty();
        CourseDefinition course = library.courses().get(0);
        assertThat(course.slug()).isEqualTo(COURSE);
        assertThat(course.title().in(Locale.ENGLISH)).isEqualTo("Smart parking");
        assertThat(course.summary().in(Locale.ENGLISH)).isEqualTo("Wie Parksensoren freie Plätze melden.");
        assertThat(course.certificateValidityMonths()).isEqualTo(24);
        ModuleDefinition module = course.modules().get(0);
        assertThat(module.lessons()).extracting(LessonDefinition::id, LessonDefinition::durationMinutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sensoren", 20));
        assertThat(module.lessons().get(0).html())
                .contains("<table>", "<img src=\"assets/sensor.svg\" alt=\"Ein Bodensensor in einem Parkplatz\" />")
                .doesNotContain("Parksensoren im Überblick</h");
        assertThat(module.quiz().maxPoints()).isEqualTo(9);
        assertThat(module.quiz().questions().get(2).type()).isEqualTo(QuestionType.TRUEFALSE);
        assertThat(library.programs()).singleElement().satisfies(program -> {
            assertThat(program.slug()).isEqualTo("parken-profi");
            assertThat(program.requiredCourses()).containsExactly("urn:smartcity-academy:course:smart-parking");
            assertThat(program.attendanceMinRatePercent()).isEqualTo(75);
            assertThat(program.excusedCountsAsPresent()).isTrue();
        });
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() {
        CourseLibrary library = fixture().replace(COURSE + "/course.yaml", "passMark: 70", "passMark: [70").read();

        assertThat(errors(library, COURSE)).contains(
                "smart-parking/course.yaml:17: YAML-Syntaxfehler: while parsing a flow sequence (Zeile 16): "
                        + "expected ',' or ']', but got :");
        assertThat(library.courses()).isEmpty();
    }

    @Test
    void reportsSchemaViolationsAtTheLineOfTheBadValue() {
        CourseLibrary library = fixture().replace(COURSE + "/course.yaml", "passMark: 70", "passMark: 150").read();

        assertThat(errors(library, COURSE))
                .containsExactly("smart-parking/course.yaml:16: $.passMark: muss einen Maximalwert von 100 haben");
    }

    @Test
    void reportsMissingPropertiesAtTheirObject() {
        CourseLibrary library = fixture()
                .replace(COURSE + "/01-sensorik/module.yaml", "title: {de: \"Sensorik\", en: \"Sensors\"}\n", "")
                .read();

        assertThat(errors(library, COURSE)).containsExactly(
                "smart-parking/01-sensorik/module.yaml:1: $: erforderliche Eigenschaft 'title' nicht gefunden");
    }

    @Test
    void reportsSchemaViolationsInTheFrontMatterWithFileLines() {
        CourseLibrary library = fixture().replace(LESSON, "duration: 20", "duration: 0").read();

        assertThat(errors(library, COURSE)).containsExactly(
                "smart-parking/01-sensorik/01-sensoren.md:4: $.duration: muss einen Mindestwert von 1 haben");
    }

    @Test
    void reportsAMissingLessonFileWhereItIsListed() {
        CourseLibrary library = fixture().delete(LESSON).read();

        assertThat(errors(library, COURSE))
                .containsExactly("smart-parking/01-sensorik/module.yaml:5: Die Datei '01-sensoren.md' fehlt.");
    }

    @Test
    void rejectsASingleChoiceQuestionWithTwoCorrectAnswers() {
        CourseLibrary library = fixture()
                .replace(QUIZ, "{text: \"Die Temperatur\", correct: false", "{text: \"Die Temperatur\", correct: true")
                .read();

        assertThat(errors(library, COURSE)).containsExactly("smart-parking/01-sensorik/quiz.yaml:7: "
                + "Eine Single-Choice-Frage braucht genau eine richtige Antwort, nicht 2.");
    }

    @Test
    void rejectsATrueFalseQuestionWithOtherAnswers() {
        CourseLibrary library = fixture().replace(QUIZ, "{text: \"Richtig\", correct: false}", "{text: \"Ja\", correct: false}")
                .read();

        assertThat(errors(library, COURSE)).singleElement().asString()
                .startsWith("smart-parking/01-sensorik/quiz.yaml:24: Eine Richtig/Falsch-Frage");
    }

    @Test
    void rejectsDuplicateIds() {
        CourseLibrary library = fixture().replace(QUIZ, "- id: q2", "- id: q1").read();

        assertThat(errors(library, COURSE))
                .containsExactly("smart-parking/01-sensorik/quiz.yaml:15: Die Frage-Id 'q1' kommt im Quiz mehrfach vor.");
    }

    @Test
    void rejectsAnImageWithoutAltText() {
        CourseLibrary library = fixture().replace(LESSON, "![Ein Bodensensor in einem Parkplatz]", "![]").read();

        assertThat(errors(library, COURSE)).containsExactly(
                "smart-parking/01-sensorik/01-sensoren.md:11: Das Bild 'assets/sensor.svg' hat keinen Alternativtext.");
    }

    @Test
    void rejectsImagesOutsideTheAssetsFolder() {
        CourseLibrary library = fixture().replace(LESSON, "(assets/sensor.svg)",
                "(assets/missing.svg) ![b](https://example.org/x.png) ![c](assets/../course.yaml)").read();

        assertThat(errors(library, COURSE)).containsExactly(
                "smart-parking/01-sensorik/01-sensoren.md:11: Die Datei 'assets/missing.svg' fehlt.",
                "smart-parking/01-sensorik/01-sensoren.md:11: "
                        + "Das Bild 'https://example.org/x.png' muss eine Datei im Ordner assets/ des Kurses sein.",
                "smart-parking/01-sensorik/01-sensoren.md:11: "
                        + "Unzulässiger Pfad 'assets/../course.yaml': erlaubt sind nur Namen im Kursordner.");
    }

    @Test
    void rejectsALessonWithoutSources() {
        CourseLibrary library = fixture().replace(LESSON, "## Quellen", "## Literatur").read();

        assertThat(errors(library, COURSE))
                .containsExactly("smart-parking/01-sensorik/01-sensoren.md:1: Die Lektion hat keinen Abschnitt '## Quellen'.");
    }

    @Test
    void refusesPathTraversalInAModuleFolderName() {
        CourseLibrary library = fixture().replace(COURSE + "/course.yaml", "- 01-sensorik", "- ../programs").read();

        assertThat(errors(library, COURSE)).contains(
                "smart-parking/course.yaml:19: Unzulässiger Pfad '../programs': erlaubt sind nur Namen im Kursordner.");
    }

    @Test
    void refusesSymbolicLinks() throws IOException {
        LibraryFixture fixture = fixture();
        Files.createSymbolicLink(fixture.path(COURSE + "/assets/passwd.svg"), Path.of("/etc/passwd"));

        assertThat(errors(fixture.read(), COURSE))
                .containsExactly("smart-parking/assets/passwd.svg:1: Symbolische Links sind nicht erlaubt.");
    }

    @Test
    void refusesFilesOverOneMebibyte() {
        CourseLibrary library = fixture().write(COURSE + "/assets/big.svg", "x".repeat(1024 * 1024 + 1)).read();

        assertThat(errors(library, COURSE)).containsExactly("smart-parking/assets/big.svg:1: Die Datei ist größer als 1 MiB.");
    }

    @Test
    void rendersRawHtmlHarmlessWithoutRejectingTheLesson() {
        CourseLibrary library = fixture().replace(LESSON, "## Quellen", """
                <script>alert(1)</script>

                <img src=x onerror=alert(1)> and [x](javascript:alert(1)) and <iframe src="https://evil.example"></iframe>

                ## Quellen""").read();

        assertThat(library.rejected()).isEmpty();
        String html = library.courses().get(0).modules().get(0).lessons().get(0).html();
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("javascript:").doesNotContainIgnoringCase("<iframe");
    }

    @Test
    void rejectsAProgramWhoseCourseIsNotValid() {
        CourseLibrary library = fixture().replace(COURSE + "/course.yaml", "passMark: 70", "passMark: 0").read();

        assertThat(library.programs()).isEmpty();
        assertThat(errors(library, "programs/parken-profi.yaml")).containsExactly("programs/parken-profi.yaml:5: "
                + "Der Kurs 'urn:smartcity-academy:course:smart-parking' fehlt oder wurde wegen Fehlern abgelehnt.");
    }

    @Test
    void rejectsAProgramThatNeedsMoreElectivesThanItOffers() {
        CourseLibrary library = fixture().replace("programs/parken-profi.yaml", "minElectives: 0", "minElectives: 1").read();

        assertThat(errors(library, "programs/parken-profi.yaml")).containsExactly(
                "programs/parken-profi.yaml:7: minElectives ist größer als die Zahl der Wahlkurse (0).");
        assertThat(library.courses()).hasSize(1);
    }

    @Test
    void ignoresHiddenFilesAndTheProgramsFolder() {
        String version = fixture().read().courses().get(0).contentVersion();

        CourseLibrary library = fixture().write(COURSE + "/.DS_Store", "junk").write(".git/config", "junk")
                .write(COURSE + "/.hidden/notes.yaml", "not: [valid").read();

        assertThat(library.rejected()).isEmpty();
        assertThat(library.courses()).singleElement().extracting(CourseDefinition::contentVersion).isEqualTo(version);
    }

    @Test
    void rejectsAFolderWithoutCourseFile() {
        CourseLibrary library = fixture().write("leer/notes.txt", "").read();

        assertThat(errors(library, "leer"))
                .containsExactly("leer/course.yaml:1: Die Datei fehlt oder ist keine normale Datei.");
        assertThat(library.courses()).extracting(CourseDefinition::slug).containsExactly(COURSE);
    }

    @Test
    void throwsOnlyWhenTheRootItselfCannotBeRead() {
        assertThatThrownBy(() -> new CourseLibraryReader().read(directory.resolve("missing")))
                .isInstanceOf(UncheckedIOException.class);
    }

    private LibraryFixture fixture() {
        try {
            return LibraryFixture.copyInto(Files.createTempDirectory(directory, "library"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> errors(CourseLibrary library, String key) {
        assertThat(library.rejected()).containsKey(key);
        return library.rejected().get(key).stream().map(ContentError::toString).toList();
    }
}
