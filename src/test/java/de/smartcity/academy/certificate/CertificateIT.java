package de.smartcity.academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.support.Api;
import de.smartcity.academy.support.Deployments;
import de.smartcity.academy.support.People;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Certificates over HTTP: the demo certificate, public verification, re-issue, revocation and status list. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificateIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.academyWithTestSupport();
    }

    @ArquillianResource URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDemoLearnerHoldsASecurityAwarenessCertificateValidForTwelveMonths() {
        JsonObject certificate = demoCertificate();
        assertThat(certificate.getString("kind")).isEqualTo("COURSE_ACHIEVEMENT");
        assertThat(certificate.getString("status")).isEqualTo("VALID");
        assertThat(certificate.getString("holderName")).isEqualTo("Lena Lehmann");
        LocalDate issued = LocalDate.parse(certificate.getString("issuedOn"));
        assertThat(LocalDate.parse(certificate.getString("expiresOn"))).isEqualTo(issued.plusMonths(12));
        assertThat(certificate.getString("contentVersions")).contains("informationssicherheit=");
    }

    @Test
    void anyoneVerifiesTheSignedCredentialAndATamperedCopyFails() throws Exception {
        String id = demoCertificate().getString("id");
        String credential;
        try (Api learner = Api.as(base, "learner"); Response response = learner.get("api/certificates/" + id + "/credential")) {
            assertThat(response.getStatus()).isEqualTo(200);
            credential = response.readEntity(String.class);
        }
        assertThat(credential).contains("OpenBadgeCredential", "eddsa-rdfc-2022", "did:web:");
        try (Api anonymous = Api.anonymous(base)) {
            JsonObject ok = verify(anonymous, credential);
            assertThat(ok.getBoolean("valid")).isTrue();
            assertThat(ok.getJsonObject("certificate").getString("id")).isEqualTo(id);
            JsonObject tampered = verify(anonymous, credential.replace("Lena Lehmann", "Lena Lehmannová"));
            assertThat(tampered.getBoolean("valid")).isFalse();
            assertThat(tampered.getBoolean("signatureValid")).isFalse();
        }
    }

    @Test
    void anyoneChecksAnUploadedCredentialInTheBrowser() throws Exception {
        String id = demoCertificate().getString("id");
        java.nio.file.Path file = java.nio.file.Files.createTempFile(java.nio.file.Path.of("target"), "credential-", ".json");
        try (Api learner = Api.as(base, "learner"); Response response = learner.get("api/certificates/" + id + "/credential")) {
            java.nio.file.Files.writeString(file, response.readEntity(String.class));
        }
        try (de.smartcity.academy.support.Browser browser = de.smartcity.academy.support.Browser.open(base)) {
            browser.go("verify-credential.xhtml");
            browser.find(org.openqa.selenium.By.id("check:file")).sendKeys(file.toAbsolutePath().toString());
            browser.find(org.openqa.selenium.By.id("check:submit")).click();
            assertThat(browser.find(org.openqa.selenium.By.id("checkResult")).getText())
                    .contains("Gültig", "Signatur stammt von der Akademie");
        }
    }

    @Test
    void theVerificationPageShowsEverythingPrintedAndIsNotIndexed() throws Exception {
        String id = demoCertificate().getString("id");
        HttpResponse<String> page = get("verify/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Robots-Tag")).hasValueSatisfying(v -> assertThat(v).contains("noindex"));
        assertThat(page.body()).contains("Gültig", "Lena Lehmann", "Informationssicherheit", id);
        assertThat(get("verify/ZZZZZZZZZZZZ").statusCode()).isEqualTo(404);
    }

    @Test
    void reissueSupersedesAndRevocationShowsOnThePageAndInTheStatusList() throws Exception {
        String learner = CertificateFixture.learnerWhoCompleted(base);
        String original;
        try (Api api = Api.as(base, learner, People.PASSWORD)) {
            original = api.getJson("api/me/certificates").getJsonArray("items").getJsonObject(0).getString("id");
        }
        String corrected;
        try (Api admin = Api.as(base, "admin"); Response response = admin.postJson("api/certificates/" + original
                + "/reissue", "{\"reason\":\"Name berichtigt\",\"holderName\":\"Testa Person-Berg\"}")) {
            assertThat(response.getStatus()).isEqualTo(201);
            corrected = response.readEntity(JsonObject.class).getString("id");
        }
        assertThat(get("verify/" + original).body()).contains("Ersetzt", corrected);
        assertThat(get("verify/" + corrected).body()).contains("Gültig", "Testa Person-Berg");

        try (Api admin = Api.as(base, "admin"); Response revoked = admin.postJson("api/certificates/" + corrected
                + "/revocation", "{\"reason\":\"Prüfung erschlichen\"}")) {
            assertThat(revoked.getStatus()).isEqualTo(200);
        }
        assertThat(get("verify/" + corrected).body()).contains("Widerrufen", "Prüfung erschlichen");
        int index;
        try (Api admin = Api.as(base, "admin"); Response credential = admin.get("api/certificates/" + corrected + "/credential")) {
            index = Integer.parseInt(Json.createReader(new StringReader(credential.readEntity(String.class))).readObject()
                    .getJsonObject("credentialStatus").getString("statusListIndex"));
        }
        assertThat(revokedBit(index)).isTrue();
        assertThat(revokedBit(index - 1)).as("the superseded one is not revoked").isFalse();
        try (Api api = Api.as(base, learner, People.PASSWORD)) {
            assertThat(api.getJson("api/me/certificates").getJsonArray("items").getValuesAs(JsonObject.class))
                    .extracting(c -> c.getString("status")).containsExactlyInAnyOrder("SUPERSEDED", "REVOKED");
        }
    }

    @Test
    void programCertificateIsRefusedBelowTheAttendanceRuleAndIssuedOnceItIsMet() {
        String learner = CertificateFixture.learnerWhoCompleted(base);
        try (Api trainer = Api.as(base, "trainer"); Api self = Api.as(base, learner, People.PASSWORD)) {
            Cohort cohort = cohortWithOneSession("Zertifikatstest", java.util.List.of(learner));
            String attendance = cohort.attendancePath(0);
            json(trainer.putJson(attendance, "{\"status\":\"ABSENT\"}"), 200);

            JsonObject refused = jsonArray(trainer.postJson("api/cohorts/" + cohort.id() + "/certificates", "")).get(0);
            assertThat(refused.getBoolean("issued")).isFalse();
            assertThat(refused.getString("reason")).contains("Anwesenheit");

            json(trainer.putJson(attendance, "{\"status\":\"PRESENT\"}"), 200);
            JsonObject issued = jsonArray(trainer.postJson("api/cohorts/" + cohort.id() + "/certificates", "")).get(0);
            assertThat(issued.getBoolean("issued")).isTrue();
            assertThat(self.getJson("api/me/certificates").getJsonArray("items").getValuesAs(JsonObject.class))
                    .anySatisfy(c -> {
                        assertThat(c.getString("kind")).isEqualTo("PROGRAM");
                        assertThat(c.getString("cohortTitle")).isEqualTo("Zertifikatstest");
                    });
        }
    }

    @Test
    void issueAllRunsInTheBackgroundShowsItsProgressAndIssuesEveryEligibleParticipant() {
        java.util.List<String> learners = java.util.stream.Stream.generate(() -> CertificateFixture.learnerWhoCompleted(base))
                .limit(3).toList();
        Cohort cohort = cohortWithOneSession("Ausstellen im Hintergrund", learners);
        try (Api trainer = Api.as(base, "trainer")) {
            for (int i = 0; i < learners.size(); i++) {
                json(trainer.putJson(cohort.attendancePath(i), "{\"status\":\"PRESENT\"}"), 200);
            }
        }
        try (de.smartcity.academy.support.Browser browser = de.smartcity.academy.support.Browser.open(base)) {
            browser.login("trainer", Api.DEMO_PASSWORD);
            browser.waitForUrl("trainer/");
            browser.go("trainer/certificates.xhtml?id=" + cohort.id());
            assertThat(browser.present(org.openqa.selenium.By.id("runAnnouncer")).getAttribute("role")).isEqualTo("status");
            browser.find(org.openqa.selenium.By.id("certificates:issueAll")).click();
            browser.find(org.openqa.selenium.By.cssSelector(".ui-confirmdialog-yes")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(120))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                            org.openqa.selenium.By.id("certificates:runText"), "Fertig"));
            assertThat(browser.find(org.openqa.selenium.By.id("certificates:runText")).getText())
                    .isEqualTo("Fertig: 3 von 3 geprüft, 3 ausgestellt, 0 mit technischem Fehler.");
            assertThat(browser.find(org.openqa.selenium.By.cssSelector("#certificates\\:run progress")).getAttribute("value"))
                    .isEqualTo("100");
            assertThat(browser.find(org.openqa.selenium.By.id("certificates:issueAll")).isEnabled()).as("enabled again").isTrue();
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#certificates\\:table a[href*='/verify/']")))
                    .hasSize(3);
        }
        for (String learner : learners) {
            try (Api self = Api.as(base, learner, People.PASSWORD)) {
                assertThat(self.getJson("api/me/certificates").getJsonArray("items").getValuesAs(JsonObject.class))
                        .filteredOn(c -> c.getString("kind").equals("PROGRAM")).hasSize(1);
            }
        }
    }

    /** A running cohort of the fixture program with these learners enrolled and one past session. */
    private record Cohort(long id, long session, java.util.List<Long> participants) {
        String attendancePath(int participant) {
            return "api/cohorts/" + id + "/sessions/" + session + "/attendance/" + participants.get(participant);
        }
    }

    private Cohort cohortWithOneSession(String title, java.util.List<String> learners) {
        try (Api trainer = Api.as(base, "trainer"); Api admin = Api.as(base, "admin")) {
            LocalDate start = LocalDate.now().minusDays(7);
            long cohort = json(trainer.postJson("api/cohorts", "{\"title\":\"" + title + "\",\"programIri\":\""
                    + CertificateFixture.PROGRAM_IRI + "\",\"startsOn\":\"" + start + "\",\"endsOn\":\""
                    + start.plusWeeks(8) + "\",\"registrationOpens\":\"" + start.minusWeeks(4)
                    + "\",\"registrationCloses\":\"" + start.minusDays(1) + "\",\"seats\":10,\"approval\":\"TRAINER\","
                    + "\"attendanceMinPercent\":80}"), 201).getJsonNumber("id").longValue();
            json(trainer.postJson("api/cohorts/" + cohort + "/status", "{\"status\":\"OPEN\"}"), 200);
            json(trainer.postJson("api/cohorts/" + cohort + "/status", "{\"status\":\"RUNNING\"}"), 200);
            java.util.List<Long> participants = new java.util.ArrayList<>();
            for (String learner : learners) {
                String email;
                try (Api self = Api.as(base, learner, People.PASSWORD)) {
                    email = self.getJson("api/me").getString("email");
                }
                long person = admin.getJson("api/people?q=" + email).getJsonArray("items").getJsonObject(0)
                        .getJsonNumber("id").longValue();
                participants.add(json(trainer.postJson("api/cohorts/" + cohort + "/enrolments", "{\"personId\":" + person + "}"), 201)
                        .getJsonNumber("id").longValue());
            }
            LocalDate yesterday = LocalDate.now().minusDays(1);
            long session = json(trainer.postJson("api/cohorts/" + cohort + "/sessions", "{\"title\":\"Auftakt\",\"date\":\""
                    + yesterday + "\",\"startTime\":\"10:00\",\"endTime\":\"11:00\",\"meetingUrl\":\"https://meet.example.org/a\"}"), 201)
                    .getJsonNumber("id").longValue();
            return new Cohort(cohort, session, participants);
        }
    }

    @Test
    void anExpiredCertificateShowsAsExpiredEverywhereAndARefresherEarnsANewOne() throws Exception {
        String learner = CertificateFixture.learnerWhoCompleted(base);
        try (Api api = Api.as(base, learner, People.PASSWORD)) {
            JsonObject first = api.getJson("api/me/certificates").getJsonArray("items").getJsonObject(0);
            String firstId = first.getString("id");
            assertThat(refreshers(api)).singleElement().satisfies(standing -> {
                assertThat(standing.getString("certificateId")).isEqualTo(firstId);
                assertThat(standing.getBoolean("refresherOffered")).isFalse();
            });
            assertThat(status(api.post("api/me/refreshers/" + CertificateFixture.COURSE, "", "application/json")))
                    .as("24 months left: no refresher yet").isEqualTo(409);

            LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
            de.smartcity.academy.support.CertificateDates.move(base, firstId, today.minusMonths(25), today.minusDays(1));
            assertThat(api.getJson("api/me/certificates").getJsonArray("items").getJsonObject(0).getString("status"))
                    .isEqualTo("EXPIRED");
            assertThat(get("verify/" + firstId).body()).contains("Abgelaufen");

            try (de.smartcity.academy.support.Browser browser = de.smartcity.academy.support.Browser.open(base)) {
                browser.login(learner, People.PASSWORD);
                browser.waitForUrl("learner/index.xhtml");
                assertThat(browser.find(org.openqa.selenium.By.id("refreshersTitle")).getText()).isEqualTo("Auffrischung fällig");
                assertThat(browser.find(org.openqa.selenium.By.cssSelector(".course-list .certificate-expired")).getText())
                        .startsWith("Zertifikat abgelaufen");
                browser.go("learner/certificates.xhtml");
                assertThat(browser.find(org.openqa.selenium.By.tagName("main")).getText()).contains("Abgelaufen");
                browser.go("learner/course.xhtml?id=" + CertificateFixture.COURSE);
                assertThat(browser.find(org.openqa.selenium.By.id("certificateStanding")).getText())
                        .startsWith("Zertifikat abgelaufen");
                assertThat(browser.find(org.openqa.selenium.By.id("refresher:start")).isDisplayed()).isTrue();
                browser.go("learner/index.xhtml");
                browser.find(org.openqa.selenium.By.id("refreshers:offered:0:start")).click();
                browser.waitForUrl("learner/course.xhtml");
                browser.waitForText(org.openqa.selenium.By.id("refresherRunning"), "Auffrischung läuft");
                assertThat(browser.driver().findElements(org.openqa.selenium.By.id("refresher:start"))).isEmpty();
            }

            JsonObject refresher = api.getJson("api/courses/" + CertificateFixture.COURSE);
            assertThat(refresher.getInt("round")).isEqualTo(2);
            assertThat(refresher.getBoolean("refresherRunning")).isTrue();
            assertThat(refresher.getInt("progressPercent")).as("the new round starts from zero").isZero();
            assertThat(refresher.getString("completedAt")).as("still completed meanwhile").isNotNull();
            assertThat(status(api.post("api/me/refreshers/" + CertificateFixture.COURSE, "", "application/json")))
                    .as("one refresher at a time").isEqualTo(409);

            CertificateFixture.workThrough(api);

            JsonObject renewed = api.getJson("api/courses/" + CertificateFixture.COURSE);
            assertThat(renewed.getBoolean("refresherRunning")).isFalse();
            assertThat(java.time.Instant.parse(renewed.getString("completedAt")))
                    .isAfter(java.time.Instant.parse(refresher.getString("completedAt")));
            java.util.List<JsonObject> certificates = api.getJson("api/me/certificates").getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            assertThat(certificates).hasSize(2);
            JsonObject second = certificates.get(0);
            assertThat(second.getString("id")).isNotEqualTo(firstId);
            assertThat(second.getString("status")).isEqualTo("VALID");
            assertThat(LocalDate.parse(second.getString("expiresOn"))).isEqualTo(today.plusMonths(24));
            assertThat(second.getString("supersedes", null)).as("a renewal, not a correction").isNull();
            assertThat(certificates.get(1).getString("id")).isEqualTo(firstId);
            assertThat(certificates.get(1).getString("status")).isEqualTo("EXPIRED");
            assertThat(refreshers(api)).singleElement().satisfies(standing -> {
                assertThat(standing.getString("certificateId")).as("the new one is current").isEqualTo(second.getString("id"));
                assertThat(standing.getBoolean("refresherOffered")).isFalse();
            });
        }
    }

    @Test
    void pdfAndDidDocumentAreServed() throws Exception {
        String id = demoCertificate().getString("id");
        try (Api learner = Api.as(base, "learner"); Response pdf = learner.request("api/certificates/" + id + "/pdf")
                .accept("application/pdf").get()) {
            assertThat(pdf.getStatus()).isEqualTo(200);
            assertThat(new String(pdf.readEntity(byte[].class), 0, 5)).isEqualTo("%PDF-");
        }
        HttpResponse<String> did = get(".well-known/did.json");
        assertThat(did.statusCode()).isEqualTo(200);
        assertThat(did.body()).contains("assertionMethod", "Multikey", "did:web:");
    }

    @Test
    void onlyTheHolderAndTheirHrReachTheCredential() {
        String id = demoCertificate().getString("id");
        try (Api musterstadt = Api.as(base, "hr-musterstadt"); Api beispielkreis = Api.as(base, "hr-beispielkreis")) {
            assertThat(status(musterstadt.get("api/certificates/" + id + "/credential"))).isEqualTo(200);
            assertThat(status(beispielkreis.get("api/certificates/" + id + "/credential"))).isEqualTo(404);
            assertThat(status(beispielkreis.postJson("api/certificates/" + id + "/revocation", "{\"reason\":\"x\"}")))
                    .isEqualTo(403);
        }
    }

    @Test
    void hrDownloadsTheCertificatesOfItsOrganisationAsZipButNotOthers() throws Exception {
        String id = demoCertificate().getString("id");
        long musterstadt;
        try (Api hr = Api.as(base, "hr-musterstadt")) {
            musterstadt = hr.getJson("api/organisations").getJsonNumber("id").longValue();
            try (Response zip = hr.request("api/certificates/zip").accept("application/zip").get()) {
                assertThat(zip.getStatus()).isEqualTo(200);
                java.util.List<String> names = new java.util.ArrayList<>();
                try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(zip.readEntity(java.io.InputStream.class))) {
                    for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                        names.add(e.getName());
                    }
                }
                assertThat(names).anySatisfy(n -> assertThat(n).contains(id).endsWith(".pdf"));
            }
        }
        try (Api other = Api.as(base, "hr-beispielkreis"); Response zip = other.request("api/certificates/zip?org=" + musterstadt)
                .accept("application/zip", "application/problem+json").get()) {
            assertThat(zip.getStatus()).isEqualTo(403);
        }
    }

    private static java.util.List<JsonObject> refreshers(Api api) {
        return jsonArray(api.get("api/me/refreshers"));
    }

    private JsonObject demoCertificate() {
        try (Api learner = Api.as(base, "learner")) {
            return learner.getJson("api/me/certificates?size=50").getJsonArray("items").getValuesAs(JsonObject.class)
                    .stream().filter(c -> c.getString("achievementIri").endsWith(":informationssicherheit")
                            && c.getString("supersedes", null) == null)
                    .findFirst().orElseThrow();
        }
    }

    private static JsonObject json(Response response, int expected) {
        try (response) {
            String body = response.readEntity(String.class);
            assertThat(response.getStatus()).as(body).isEqualTo(expected);
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    private static java.util.List<JsonObject> jsonArray(Response response) {
        try (response) {
            String body = response.readEntity(String.class);
            assertThat(response.getStatus()).as(body).isEqualTo(200);
            return Json.createReader(new StringReader(body)).readArray().getValuesAs(JsonObject.class);
        }
    }

    private JsonObject verify(Api api, String credential) {
        try (Response response = api.request("api/verify").post(Entity.json(credential))) {
            String body = response.readEntity(String.class);
            assertThat(response.getStatus()).as(body).isEqualTo(200);
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    /** Bitstring Status List: multibase 'u' + base64url of the GZIP'd bitstring, first bit = index 0 (most significant). */
    private boolean revokedBit(int index) throws Exception {
        JsonObject list = Json.createReader(new StringReader(get("api/status-lists/1").body())).readObject();
        String encoded = list.getJsonObject("credentialSubject").getString("encodedList");
        assertThat(encoded).startsWith("u");
        byte[] bits;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            bits = in.readAllBytes();
        }
        return (bits[index / 8] & (0x80 >> (index % 8))) != 0;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(Deployments.local(base).resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int status(Response response) {
        try (response) {
            return response.getStatus();
        }
    }
}
