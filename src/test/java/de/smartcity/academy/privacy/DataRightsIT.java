package de.smartcity.academy.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.certificate.CertificateFixture;
import de.smartcity.academy.support.Api;
import de.smartcity.academy.support.Deployments;
import de.smartcity.academy.support.People;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * GDPR data rights over HTTP: the copy of one's data (JSON and PDF), complete for every table that
 * references a person, and anonymisation that keeps counts and certificate verification working.
 * The test server runs with a retention period of 0 months, so everyone with a past trace is due.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataRightsIT {

    /** Foreign keys to person as the change logs declare them (inline or as a separate constraint). */
    private static final Pattern REFERENCES_PERSON = Pattern.compile(
            "<createTable tableName=\"(\\w+)\"(?:(?!</createTable>).)*?references=\"person\\(id\\)\""
                    + "|baseTableName=\"(\\w+)\"[^>]*referencedTableName=\"person\"", Pattern.DOTALL);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.academy();
    }

    @ArquillianResource URL base;

    @Test
    void learnerDownloadsEverythingAboutHerAndNothingAboutOthers() {
        try (Api learner = Api.as(base, "learner")) {
            learner.request("api/courses/it-architektur/quizzes/quiz-grundlagen-unternehmensarchitektur/attempts")
                    .post(Entity.json("")).close();
            JsonObject data = learner.getJson("api/me/data");
            assertThat(data.getJsonObject("profile").getString("email")).isEqualTo("lena.lehmann@musterstadt.example");
            JsonObject records = data.getJsonObject("records");
            for (String table : Set.of("course_enrolment", "lesson_progress", "quiz_attempt", "cohort_participant", "certificate", "account")) {
                assertThat(records.getJsonArray(table)).as(table).isNotEmpty();
            }
            assertThat(records).containsKey("attendance");
            JsonObject certificate = records.getJsonArray("certificate").getJsonObject(0);
            JsonObject credential = data.getJsonObject("credentials").getJsonObject(certificate.getString("public_id"));
            assertThat(credential.getJsonObject("proof").getString("cryptosuite")).isEqualTo("eddsa-rdfc-2022");
            String all = data.toString();
            assertThat(all).doesNotContain("password_hash", "pbkdf2", "PBKDF2", "jonas.schmidt", "katrin.vogel");
        }
    }

    @Test
    void exportCoversEveryTableThatReferencesAPerson() throws IOException {
        Set<String> referencing = new TreeSet<>();
        try (Stream<Path> changelogs = Files.list(Path.of("src/main/resources/db/changelog"))) {
            for (Path changelog : changelogs.toList()) {
                Matcher matcher = REFERENCES_PERSON.matcher(Files.readString(changelog));
                while (matcher.find()) {
                    referencing.add((matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).toLowerCase());
                }
            }
        }
        assertThat(referencing).contains("account", "quiz_attempt", "cohort_participant", "certificate");
        try (Api learner = Api.as(base, "learner")) {
            assertThat(learner.getJson("api/me/data").getJsonObject("records").keySet()).containsAll(referencing);
        }
    }

    @Test
    void readablePdfOfOnesData() throws IOException {
        try (Api learner = Api.as(base, "learner"); Response pdf = learner.request("api/me/data/pdf").accept("application/pdf").get()) {
            assertThat(pdf.getStatus()).isEqualTo(200);
            assertThat(pdf.getMediaType().toString()).isEqualTo("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.readEntity(byte[].class))) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("Meine Daten", "Lena", "Wissenschecks", "Zertifikate", "Anmeldungen zu Kohorten");
                assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged for screen readers").isNotNull();
            }
        }
    }

    @Test
    void anonymisedPersonCannotLogInButCountsAndCertificateVerificationStay() throws Exception {
        String user = CertificateFixture.learnerWhoCompleted(base);
        long cohort;
        String certificate;
        String credential;
        long personId;
        String holderName;
        try (Api self = Api.as(base, user, People.PASSWORD); Api admin = Api.as(base, "admin")) {
            JsonObject mine = self.getJson("api/me/certificates").getJsonArray("items").getJsonObject(0);
            certificate = mine.getString("id");
            holderName = mine.getString("holderName");
            credential = self.request("api/certificates/" + certificate + "/credential").get(String.class);
            personId = admin.getJson("api/people?q=" + self.getJson("api/me").getString("email"))
                    .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
            cohort = openCohort(admin);
            try (Response applied = self.postJson("api/cohorts/" + cohort + "/applications", "{\"note\":\"Bitte an meine private Nummer\"}")) {
                assertThat(applied.getStatus()).isEqualTo(201);
            }
            assertThat(dueIds(admin)).contains(personId);
        }
        int enrolledBefore;
        try (Api admin = Api.as(base, "admin")) {
            enrolledBefore = admin.getJson("api/cohorts/" + cohort).getInt("enrolled");
            try (Response done = admin.request("api/privacy/people/" + personId + "/anonymisation").post(Entity.json(""))) {
                assertThat(done.getStatus()).isEqualTo(200);
            }
            JsonObject person = admin.getJson("api/people/" + personId);
            assertThat(person.getString("familyName")).isEqualTo("Person " + personId);
            assertThat(person.getString("email")).startsWith("anonymisiert-");
            assertThat(admin.getJson("api/cohorts/" + cohort).getInt("enrolled")).as("counts stay").isEqualTo(enrolledBefore);
            assertThat(admin.getJson("api/cohorts/" + cohort + "/enrolments").toString()).doesNotContain("private Nummer");
            assertThat(dueIds(admin)).doesNotContain(personId);
            try (Response again = admin.request("api/privacy/people/" + personId + "/anonymisation").post(Entity.json(""))) {
                assertThat(again.getStatus()).isEqualTo(409);
            }
        }
        try (Api self = Api.as(base, user, People.PASSWORD); Response me = self.get("api/me")) {
            assertThat(me.getStatus()).as("the login is gone").isEqualTo(401);
        }
        try (Api anyone = Api.anonymous(base); Response verified = anyone.postJson("api/verify", credential)) {
            assertThat(verified.getStatus()).isEqualTo(200);
            assertThat(verified.readEntity(String.class)).contains("VALID");
        }
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                Deployments.local(base).resolve("verify/" + certificate)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).as("the certificate keeps the name as issued").contains(holderName);
    }

    @Test
    void adminCannotAnonymiseHimself() {
        try (Api admin = Api.as(base, "admin")) {
            long self = admin.getJson("api/people?q=anna.albrecht").getJsonArray("items").getJsonObject(0)
                    .getJsonNumber("id").longValue();
            try (Response refused = admin.request("api/privacy/people/" + self + "/anonymisation").post(Entity.json(""))) {
                assertThat(refused.getStatus()).isEqualTo(409);
                assertThat(refused.getMediaType().toString()).isEqualTo("application/problem+json");
            }
        }
    }

    private static long openCohort(Api admin) {
        java.time.LocalDate today = java.time.LocalDate.now();
        try (Response created = admin.postJson("api/cohorts", "{\"title\":\"Datenschutz-Test\",\"programIri\":"
                + "\"urn:smartcity-academy:program:smart-city-manager\",\"startsOn\":\"" + today.plusWeeks(4)
                + "\",\"endsOn\":\"" + today.plusWeeks(8) + "\",\"registrationOpens\":\"" + today.minusDays(1)
                + "\",\"registrationCloses\":\"" + today.plusWeeks(2) + "\",\"seats\":5,\"approval\":\"NONE\","
                + "\"attendanceMinPercent\":80,\"trainerIds\":[]}")) {
            assertThat(created.getStatus()).isEqualTo(201);
            long id = created.readEntity(JsonObject.class).getJsonNumber("id").longValue();
            admin.postJson("api/cohorts/" + id + "/status", "{\"status\":\"OPEN\"}").close();
            return id;
        }
    }

    private static Set<Long> dueIds(Api admin) {
        Set<Long> ids = new TreeSet<>();
        for (int page = 0; ; page++) {
            JsonObject due = admin.getJson("api/privacy/retention?size=200&page=" + page);
            due.getJsonArray("items").getValuesAs(JsonObject.class).forEach(d -> ids.add(d.getJsonNumber("personId").longValue()));
            if ((page + 1) * 200L >= due.getJsonNumber("total").longValue()) {
                return ids;
            }
        }
    }

}
