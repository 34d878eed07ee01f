package de.smartcity.academy.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.support.Api;
import de.smartcity.academy.support.Deployments;
import de.smartcity.academy.support.People;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cohorts over HTTP: life cycle, seats and waitlist under concurrency, CSV enrolment, who sees what. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CohortIT {

    private static final String PROGRAM = "urn:smartcity-academy:program:smart-city-manager";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.academy();
    }

    @ArquillianResource URL base;

    @Test
    void fullLifeCycleWithCopyForTheNextRun() {
        try (Api trainer = Api.as(base, "trainer")) {
            JsonObject cohort = create(trainer, 10, "TRAINER");
            long id = id(cohort);
            assertThat(cohort.getString("status")).isEqualTo("PLANNED");
            for (String next : List.of("OPEN", "RUNNING", "FINISHED", "ARCHIVED")) {
                assertThat(json(trainer.postJson("api/cohorts/" + id + "/status", "{\"status\":\"" + next + "\"}"), 200)
                        .getString("status")).isEqualTo(next);
            }
            assertProblem(trainer.postJson("api/cohorts/" + id + "/status", "{\"status\":\"OPEN\"}"), 409);
            JsonObject copy = json(trainer.postJson("api/cohorts/" + id + "/copies",
                    "{\"startsOn\":\"" + LocalDate.now().plusYears(1) + "\"}"), 201);
            assertThat(copy.getString("status")).isEqualTo("PLANNED");
            assertThat(copy.getString("startsOn")).isEqualTo(LocalDate.now().plusYears(1).toString());
            assertThat(copy.getInt("seats")).isEqualTo(10);
            assertThat(copy.getInt("enrolled")).isZero();
        }
    }

    @Test
    void invalidCohortIsRefusedWithFieldErrors() {
        try (Api trainer = Api.as(base, "trainer"); Response response = trainer.postJson("api/cohorts",
                "{\"title\":\"\",\"programIri\":\"" + PROGRAM + "\",\"startsOn\":\"2027-03-01\",\"endsOn\":\"2027-02-01\","
                        + "\"registrationOpens\":\"2027-01-01\",\"registrationCloses\":\"2027-02-15\",\"seats\":0,"
                        + "\"approval\":\"NONE\",\"attendanceMinPercent\":80}")) {
            JsonObject problem = json(response, 400);
            assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                    .contains("title", "seats", "periodValid");
        }
    }

    @Test
    void twentyConcurrentApplicationsForThreeSeatsGiveThreeSeatsAndSeventeenWaitlistPlaces() throws Exception {
        long cohort;
        try (Api trainer = Api.as(base, "trainer")) {
            cohort = id(create(trainer, 3, "NONE"));
            json(trainer.postJson("api/cohorts/" + cohort + "/status", "{\"status\":\"OPEN\"}"), 200);
        }
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            learners.add(People.newAccount(base, "LEARNER"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> calls = learners.stream().<Callable<Integer>>map(user -> () -> {
                try (Api api = Api.as(base, user, People.PASSWORD);
                     Response response = api.postJson("api/cohorts/" + cohort + "/applications", "{}")) {
                    return response.getStatus();
                }
            }).toList();
            for (Future<Integer> status : pool.invokeAll(calls)) {
                assertThat(status.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        try (Api trainer = Api.as(base, "trainer")) {
            List<JsonObject> all = trainer.getJson("api/cohorts/" + cohort + "/applications?size=100")
                    .getJsonArray("items").getValuesAs(JsonObject.class);
            Map<String, Long> byStatus = all.stream().collect(Collectors.groupingBy(p -> p.getString("status"),
                    Collectors.counting()));
            assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of("ENROLLED", 3L, "WAITLISTED", 17L));
            assertThat(all).extracting(p -> p.getJsonNumber("personId").longValue()).doesNotHaveDuplicates();
            JsonObject view = trainer.getJson("api/cohorts/" + cohort);
            assertThat(view.getInt("enrolled")).isEqualTo(3);
            assertThat(view.getInt("waitlisted")).isEqualTo(17);
        }
    }

    @Test
    void cancellingASeatPromotesTheFirstOnTheWaitlist() {
        long cohort;
        try (Api trainer = Api.as(base, "trainer")) {
            cohort = id(create(trainer, 1, "NONE"));
            json(trainer.postJson("api/cohorts/" + cohort + "/status", "{\"status\":\"OPEN\"}"), 200);
        }
        String first = People.newAccount(base, "LEARNER");
        String second = People.newAccount(base, "LEARNER");
        String third = People.newAccount(base, "LEARNER");
        long seat = id(applyAs(first, cohort, "ENROLLED"));
        applyAs(second, cohort, "WAITLISTED");
        applyAs(third, cohort, "WAITLISTED");
        try (Api api = Api.as(base, first, People.PASSWORD)) {
            assertThat(json(api.request("api/cohorts/" + cohort + "/applications/" + seat).delete(), 200)
                    .getString("status")).isEqualTo("CANCELLED");
        }
        try (Api api = Api.as(base, second, People.PASSWORD)) {
            JsonObject own = api.getJson("api/cohorts/" + cohort + "/applications").getJsonArray("items").getJsonObject(0);
            assertThat(own.getString("status")).as("first on the waitlist").isEqualTo("ENROLLED");
        }
        try (Api api = Api.as(base, third, People.PASSWORD)) {
            List<JsonObject> own = api.getJson("api/cohorts/" + cohort + "/applications").getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            assertThat(own).hasSize(1).first().satisfies(p -> assertThat(p.getString("status")).isEqualTo("WAITLISTED"));
        }
    }

    @Test
    void trainerApprovalDecidesAndADeclineKeepsTheReason() {
        long cohort;
        try (Api trainer = Api.as(base, "trainer")) {
            cohort = id(create(trainer, 5, "TRAINER"));
            json(trainer.postJson("api/cohorts/" + cohort + "/status", "{\"status\":\"OPEN\"}"), 200);
        }
        long yes = id(applyAs(People.newAccount(base, "LEARNER"), cohort, "APPLIED"));
        long no = id(applyAs(People.newAccount(base, "LEARNER"), cohort, "APPLIED"));
        try (Api trainer = Api.as(base, "trainer")) {
            assertThat(json(trainer.postJson("api/cohorts/" + cohort + "/applications/" + yes + "/approval", "{}"), 200)
                    .getString("status")).isEqualTo("ENROLLED");
            JsonObject declined = json(trainer.postJson("api/cohorts/" + cohort + "/applications/" + no + "/decline",
                    "{\"reason\":\"Bitte im nächsten Durchgang\"}"), 200);
            assertThat(declined.getString("status")).isEqualTo("DECLINED");
            assertThat(declined.getString("reason")).isEqualTo("Bitte im nächsten Durchgang");
        }
    }

    @Test
    void csvEnrolmentWithABadLineEnrolsNobodyAndNamesTheLine() {
        try (Api trainer = Api.as(base, "trainer")) {
            long cohort = id(create(trainer, 10, "TRAINER"));
            String bad = "email\njonas.schmidt@musterstadt.example\ngibt.es.nicht@example.org\naylin.demir@musterstadt.example\n";
            try (Response response = trainer.post("api/cohorts/" + cohort + "/enrolments/import", bad, "text/csv")) {
                JsonObject report = json(response, 422);
                assertThat(report.getJsonArray("rejected").getValuesAs(JsonObject.class))
                        .extracting(r -> r.getJsonNumber("line").longValue()).containsExactly(3L);
            }
            assertThat(trainer.getJson("api/cohorts/" + cohort).getInt("enrolled")).isZero();
            String good = "email\njonas.schmidt@musterstadt.example\naylin.demir@musterstadt.example\n";
            try (Response response = trainer.post("api/cohorts/" + cohort + "/enrolments/import", good, "text/csv")) {
                assertThat(json(response, 200).getInt("accepted")).isEqualTo(2);
            }
            assertThat(trainer.getJson("api/cohorts/" + cohort + "/enrolments").getJsonArray("items")).hasSize(2);
        }
    }

    @Test
    void anotherTrainerCannotChangeACohortTheyDoNotRun() {
        long cohort;
        try (Api trainer = Api.as(base, "trainer")) {
            cohort = id(create(trainer, 5, "TRAINER"));
        }
        try (Api other = Api.as(base, People.newAccount(base, "TRAINER"), People.PASSWORD)) {
            assertThat(other.getJson("api/cohorts").getJsonArray("items").getValuesAs(JsonObject.class))
                    .noneMatch(c -> c.getJsonNumber("id").longValue() == cohort);
            assertProblem(other.postJson("api/cohorts/" + cohort + "/status", "{\"status\":\"OPEN\"}"), 403);
            assertProblem(other.postJson("api/cohorts/" + cohort + "/enrolments", "{\"personId\":1}"), 403);
        }
        try (Api learner = Api.as(base, "learner")) {
            assertProblem(learner.get("api/cohorts/" + cohort), 404);
        }
    }

    @Test
    void hrSeesOnlyParticipantsOfItsOwnOrganisation() {
        try (Api trainer = Api.as(base, "trainer"); Api musterstadt = Api.as(base, "hr-musterstadt");
             Api beispielkreis = Api.as(base, "hr-beispielkreis"); Api learner = Api.as(base, "learner")) {
            long running = trainer.getJson("api/cohorts").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("status").equals("RUNNING")).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
            assertThat(emails(trainer, running)).hasSize(5);
            assertThat(emails(musterstadt, running)).isNotEmpty().allMatch(e -> e.endsWith("@musterstadt.example"));
            assertThat(emails(beispielkreis, running)).isNotEmpty().allMatch(e -> e.endsWith("@beispielkreis.example"));
            assertThat(emails(learner, running)).containsExactly("lena.lehmann@musterstadt.example");
        }
    }

    @Test
    void demoDataHasAnOpenCohortWithAWaitlist() {
        try (Api learner = Api.as(base, "learner")) {
            JsonObject open = learner.getJson("api/cohorts").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("status").equals("OPEN") && c.getString("title").contains("2027"))
                    .findFirst().orElseThrow();
            assertThat(open.getInt("enrolled")).isEqualTo(3);
            assertThat(open.getInt("waitlisted")).isEqualTo(2);
        }
    }

    @Test
    void enrolledPeopleGetTheDayBeforeReminderOnceInTheirLanguage() {
        long cohort;
        try (Api trainer = Api.as(base, "trainer"); Api admin = Api.as(base, "admin")) {
            cohort = id(create(trainer, 5, "TRAINER"));
            json(trainer.postJson("api/cohorts/" + cohort + "/status", "{\"status\":\"OPEN\"}"), 200);
            long sophie = admin.getJson("api/people?q=sophie.weiss").getJsonArray("items").getJsonObject(0)
                    .getJsonNumber("id").longValue();
            json(trainer.postJson("api/cohorts/" + cohort + "/enrolments", "{\"personId\":" + sophie + "}"), 201);
            java.time.ZonedDateTime start = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Berlin")).plusHours(2)
                    .withSecond(0).withNano(0);
            if (start.toLocalTime().isAfter(java.time.LocalTime.of(23, 0))) {
                start = start.plusHours(2);
            }
            json(trainer.postJson("api/cohorts/" + cohort + "/sessions", "{\"title\":\"Live-Termin Erinnerung\","
                    + "\"date\":\"" + start.toLocalDate() + "\",\"startTime\":\"" + start.toLocalTime() + "\","
                    + "\"endTime\":\"" + start.toLocalTime().plusMinutes(30) + "\","
                    + "\"meetingUrl\":\"https://meet.example.org/erinnerung\"}"), 201);
            List<JsonObject> reminders = awaitMails(admin, "sophie.weiss@musterstadt.example", "session.reminder");
            assertThat(reminders).hasSize(1);
            assertThat(reminders.get(0).getString("language")).as("Sophie prefers English").isEqualTo("en");
            assertThat(reminders.get(0).getString("body")).contains("Live-Termin Erinnerung", "https://meet.example.org/erinnerung");
        }
    }

    /** Waits (condition-based, at most 60 s) for the scheduled run to queue the mail. */
    private static List<JsonObject> awaitMails(Api admin, String recipient, String template) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (true) {
            List<JsonObject> found = admin.getJson("api/admin/outbox?size=200").getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream()
                    .filter(m -> m.getString("recipient").equals(recipient) && m.getString("template").equals(template))
                    .toList();
            if (!found.isEmpty() || System.nanoTime() > deadline) {
                return found;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L);
        }
    }

    private List<String> emails(Api api, long cohort) {
        return api.getJson("api/cohorts/" + cohort + "/enrolments?size=100").getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("email")).toList();
    }

    private JsonObject applyAs(String user, long cohort, String expectedStatus) {
        try (Api api = Api.as(base, user, People.PASSWORD)) {
            JsonObject participant = json(api.postJson("api/cohorts/" + cohort + "/applications",
                    "{\"note\":\"Ich möchte teilnehmen\"}"), 201);
            assertThat(participant.getString("status")).isEqualTo(expectedStatus);
            return participant;
        }
    }

    private static JsonObject create(Api trainer, int seats, String approval) {
        LocalDate start = LocalDate.now().plusWeeks(4);
        return json(trainer.postJson("api/cohorts", "{\"title\":\"Testdurchgang\",\"programIri\":\"" + PROGRAM + "\","
                + "\"startsOn\":\"" + start + "\",\"endsOn\":\"" + start.plusWeeks(12) + "\","
                + "\"registrationOpens\":\"" + LocalDate.now().minusDays(1) + "\",\"registrationCloses\":\""
                + start.minusDays(1) + "\",\"seats\":" + seats + ",\"approval\":\"" + approval + "\","
                + "\"attendanceMinPercent\":80}"), 201);
    }

    private static JsonObject json(Response response, int expected) {
        try (response) {
            String body = response.readEntity(String.class);
            assertThat(response.getStatus()).as(body).isEqualTo(expected);
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    private static void assertProblem(Response response, int status) {
        try (response) {
            assertThat(response.getStatus()).isEqualTo(status);
            assertThat(response.getMediaType().toString()).startsWith("application/problem+json");
        }
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }
}
