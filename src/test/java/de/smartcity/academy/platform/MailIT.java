package de.smartcity.academy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.smartcity.academy.certificate.CertificateFixture;
import de.smartcity.academy.support.Api;
import de.smartcity.academy.support.CertificateDates;
import de.smartcity.academy.support.Browser;
import de.smartcity.academy.support.Deployments;
import de.smartcity.academy.support.People;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * E-mail against a real SMTP server: GreenMail on 127.0.0.1:3025 in this JVM, where the server
 * under test sends (see arquillian.xml). Other IT classes may send here too when they run in
 * parallel, so every test looks only for its own, unique recipients.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {

    private static final String PROBLEM = "application/problem+json";
    private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** The one SMTP server; the outage test replaces it with a fresh one. */
    private static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.academyWithTestSupport();
    }

    @ArquillianResource URL base;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(SMTP);
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void testMailsArriveInTheRecipientsLanguageWithUmlautsIntact() throws Exception {
        String tag = tag();
        String german = "joerg.gruen." + tag + "@musterstadt.example";
        String english = "zoe.astrom." + tag + "@example.org";
        try (Api admin = Api.as(base, "admin")) {
            assertThat(queueTestMail(admin, german, "de", "Jörg Grün")).isPositive();
            assertThat(queueTestMail(admin, english, "en", "Zoë Åström")).isPositive();
        }

        MimeMessage toGerman = awaitMailTo(german);
        assertThat(toGerman.getSubject()).isEqualTo("Testnachricht: Prüfung des E-Mail-Versands");
        assertThat(text(toGerman)).startsWith("Guten Tag Jörg Grün,")
                .endsWith("Mit freundlichen Grüßen\nIhre Smart City Manager Akademie");
        assertThat(((InternetAddress) toGerman.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Jörg Grün");
        assertThat(toGerman.getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");

        MimeMessage toEnglish = awaitMailTo(english);
        assertThat(toEnglish.getSubject()).isEqualTo("Test message: checking e-mail delivery");
        assertThat(text(toEnglish)).startsWith("Dear Zoë Åström,")
                .contains("Your Smart City Manager Academy");
    }

    @Test
    void anApplicationToACohortIsConfirmedByMailInTheApplicantsLanguage() throws Exception {
        String learner = de.smartcity.academy.support.People.newAccount(base, "LEARNER");
        long cohort;
        try (Api trainer = Api.as(base, "trainer")) {
            java.time.LocalDate start = java.time.LocalDate.now().plusWeeks(4);
            try (jakarta.ws.rs.core.Response created = trainer.postJson("api/cohorts", "{\"title\":\"Durchgang Übung\","
                    + "\"programIri\":\"urn:smartcity-academy:program:smart-city-manager\",\"startsOn\":\"" + start
                    + "\",\"endsOn\":\"" + start.plusWeeks(8) + "\",\"registrationOpens\":\""
                    + java.time.LocalDate.now().minusDays(1) + "\",\"registrationCloses\":\"" + start.minusDays(1)
                    + "\",\"seats\":5,\"approval\":\"NONE\",\"attendanceMinPercent\":80}")) {
                cohort = created.readEntity(jakarta.json.JsonObject.class).getJsonNumber("id").longValue();
            }
            trainer.postJson("api/cohorts/" + cohort + "/status", "{\"status\":\"OPEN\"}").close();
        }
        String address;
        try (Api api = Api.as(base, learner, de.smartcity.academy.support.People.PASSWORD)) {
            address = api.getJson("api/me").getString("email");
            assertThat(api.postJson("api/cohorts/" + cohort + "/applications", "{}").getStatus()).isEqualTo(201);
        }
        MimeMessage received = awaitMailTo(address);
        assertThat(received.getSubject()).as("the applicant's language is German").contains("Durchgang Übung");
        assertThat(text(received)).startsWith("Guten Tag Test Person");
    }

    @Test
    void aCertificateExpiringInThirtyDaysYieldsExactlyOneReminder() throws Exception {
        String learner = CertificateFixture.learnerWhoCompleted(base);
        String address;
        String certificate;
        try (Api api = Api.as(base, learner, People.PASSWORD)) {
            address = api.getJson("api/me").getString("email");
            certificate = api.getJson("api/me/certificates").getJsonArray("items").getJsonObject(0).getString("id");
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        CertificateDates.move(base, certificate, today.minusMonths(23), today.plusDays(30));

        MimeMessage reminder = awaitMailTo(address);
        assertThat(reminder.getSubject()).isEqualTo("Ihr Zertifikat „Smartes Parken“ läuft in 30 Tagen ab");
        // the reminder job runs every 2 s in the tests: three more runs must not send it again
        LockSupport.parkNanos(Duration.ofSeconds(6).toNanos());
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, address))).hasSize(1);
    }

    @Test
    void theOutboxPageShowsAdminsTheMailsAsPlainText() throws Exception {
        String address = "outbox.page." + tag() + "@musterstadt.example";
        try (Api admin = Api.as(base, "admin")) {
            queueTestMail(admin, address, "de", "Grete <i>Öztürk</i>");
        }
        HttpResponse<String> page = getPage("admin/outbox.xhtml", "admin");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("E-Mail-Postausgang", "Testnachricht: Prüfung des E-Mail-Versands",
                "Grete &lt;i&gt;Öztürk&lt;/i&gt; &lt;" + address + "&gt;").doesNotContain("<i>Öztürk");
        assertThat(getPage("admin/outbox.xhtml", "learner").statusCode()).isEqualTo(403);

        try (Browser browser = Browser.open(base)) {
            browser.login("admin", Api.DEMO_PASSWORD).waitForUrl("admin");
            browser.go("admin/outbox.xhtml");
            browser.find(By.cssSelector("#outbox\\:table .ui-row-toggler")).click();
            browser.waitForText(By.cssSelector("#outbox\\:table pre.mail-body"), "Guten Tag Grete <i>Öztürk</i>,");
        }
    }

    @Test
    void invalidRequestsAreRefusedAsProblems() {
        try (Api admin = Api.as(base, "admin")) {
            try (Response response = admin.postJson("api/admin/mail-test", "{\"to\":\"not-an-email\",\"language\":\"fr\"}")) {
                assertThat(response.getStatus()).isEqualTo(400);
                assertThat(response.getMediaType().toString()).startsWith(PROBLEM);
                assertThat(response.readEntity(JsonObject.class).getJsonArray("errors").getValuesAs(JsonObject.class))
                        .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("to", "language");
            }
            assertProblem(admin.postJson("api/admin/mail-test", "{\"language\":\"de\"}"), 400);
            assertProblem(admin.postJson("api/admin/mail-test",
                    "{\"to\":\"a@example.org\",\"language\":\"de\",\"cc\":\"b@example.org\"}"), 400);
        }
    }

    @Test
    void learnersMayNeitherSendTestMailsNorReadTheOutbox() {
        try (Api learner = Api.as(base, "learner")) {
            assertProblem(learner.postJson("api/admin/mail-test", "{\"to\":\"a@example.org\",\"language\":\"de\"}"), 403);
            assertProblem(learner.get("api/admin/outbox"), 403);
        }
    }

    @Test
    void anSmtpOutageDelaysMailButNeverTheCaller() throws Exception {
        String address = "outage." + tag() + "@musterstadt.example";
        long id;
        smtp.stop();
        try (Api admin = Api.as(base, "admin")) {
            id = queueTestMail(admin, address, "de", "Max Mustermann");
            assertThat(outboxEntry(admin, id).getString("recipient")).isEqualTo(address);
            JsonObject failed = awaitOutboxEntry(admin, id, e -> e.getInt("attempts") >= 1);
            assertThat(failed.getString("status")).isEqualTo("PENDING");
            assertThat(failed.getString("lastError")).isNotBlank();
        } finally {
            startSmtp();
        }

        assertThat(awaitMailTo(address).getSubject()).isEqualTo("Testnachricht: Prüfung des E-Mail-Versands");
        try (Api admin = Api.as(base, "admin")) {
            JsonObject sent = awaitOutboxEntry(admin, id, e -> "SENT".equals(e.getString("status")));
            assertThat(sent.getInt("attempts")).isGreaterThanOrEqualTo(1);
            assertThat(sent.getString("sentAt")).isNotBlank();
        }
    }

    /** Posts a test mail; asserts 202 and returns the outbox id. */
    private static long queueTestMail(Api admin, String to, String language, String name) {
        try (Response response = admin.postJson("api/admin/mail-test",
                "{\"to\":\"" + to + "\",\"language\":\"" + language + "\",\"name\":\"" + name + "\"}")) {
            String body = response.readEntity(String.class);
            assertThat(response.getStatus()).as(body).isEqualTo(202);
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject().getJsonNumber("id").longValue();
            }
        }
    }

    /** Waits for GreenMail to receive a mail to this address (mails to others may arrive meanwhile). */
    private static MimeMessage awaitMailTo(String address) throws MessagingException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            MimeMessage[] received = smtp.getReceivedMessages();
            for (MimeMessage message : received) {
                if (sentTo(message, address)) {
                    return message;
                }
            }
            long left = Duration.between(Instant.now(), deadline).toMillis();
            assertThat(left).as("a mail to " + address + " within " + PATIENCE).isPositive();
            smtp.waitForIncomingEmail(left, received.length + 1);
        }
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Address::toString).anyMatch(a -> a.contains(address));
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** The decoded plain text with the template's line ends (SMTP uses CRLF), without trailing ones. */
    private static String text(MimeMessage message) throws IOException, MessagingException {
        return ((String) message.getContent()).replace("\r\n", "\n").stripTrailing();
    }

    private static JsonObject outboxEntry(Api admin, long id) {
        return admin.getJson("api/admin/outbox?size=200").getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("mail " + id + " is not in the outbox"));
    }

    /** Polls the outbox until the mail reaches a state the delivery produces asynchronously. */
    private static JsonObject awaitOutboxEntry(Api admin, long id, Predicate<JsonObject> state) {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonObject entry = outboxEntry(admin, id);
        while (!state.test(entry)) {
            assertThat(Instant.now()).as("state of mail " + id + ", last seen " + entry).isBefore(deadline);
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            entry = outboxEntry(admin, id);
        }
        return entry;
    }

    private HttpResponse<String> getPage(String path, String user) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(Deployments.local(base).resolve(path))
                .header("Authorization", "Basic " + credentials).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertProblem(Response response, int status) {
        try (response) {
            assertThat(response.getStatus()).isEqualTo(status);
            assertThat(response.getMediaType().toString()).startsWith(PROBLEM);
        }
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
