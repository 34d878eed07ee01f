package de.smartcity.academy.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.support.Api;
import de.smartcity.academy.support.Deployments;
import de.smartcity.academy.support.People;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Live sessions over HTTP: Berlin times, calendar files, attendance by hand and from conference lists, who sees what. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsIT {

    private static final String PROGRAM = "urn:smartcity-academy:program:smart-city-manager";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String JONAS = "jonas.schmidt@musterstadt.example";
    private static final String AYLIN = "aylin.demir@musterstadt.example";
    private static final String KATRIN = "katrin.vogel@beispielkreis.example";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.academy();
    }

    @ArquillianResource URL base;

    @Test
    void sessionsAreStoredAsInstantsOfTheirBerlinTime() {
        try (Api trainer = Api.as(base, "trainer")) {
            long cohort = cohortWith(trainer);
            JsonObject summer = json(trainer.postJson(sessions(cohort), session("Sommerzeit", LocalDate.of(2027, 3, 29),
                    "18:00", "19:30")), 201);
            JsonObject winter = json(trainer.postJson(sessions(cohort), session("Winterzeit", LocalDate.of(2027, 3, 26),
                    "18:00", "19:30")), 201);

            assertThat(summer.getString("startsAt")).startsWith("2027-03-29T16:00");
            assertThat(winter.getString("startsAt")).startsWith("2027-03-26T17:00");
            assertThat(summer.getString("startTime")).startsWith("18:00");
            assertThat(array(trainer.get(sessions(cohort)), 200)).extracting(s -> s.getString("title"))
                    .containsExactly("Winterzeit", "Sommerzeit");
            JsonObject moved = json(trainer.putJson(sessions(cohort) + "/" + id(winter), session("Verschoben",
                    LocalDate.of(2027, 4, 2), "09:00", "10:00")), 200);
            assertThat(moved.getString("startsAt")).startsWith("2027-04-02T07:00");
            assertThat(status(trainer.request(sessions(cohort) + "/" + id(winter)).delete())).isEqualTo(204);
        }
    }

    @Test
    void invalidSessionIsRefusedWithFieldErrors() {
        try (Api trainer = Api.as(base, "trainer")) {
            long cohort = cohortWith(trainer);
            JsonObject problem = json(trainer.postJson(sessions(cohort), "{\"title\":\"\",\"date\":\"2027-03-29\","
                    + "\"startTime\":\"19:00\",\"endTime\":\"18:00\",\"meetingUrl\":\"javascript:alert(1)\"}"), 400);
            assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                    .contains("title", "endAfterStart", "meetingUrl");
        }
    }

    @Test
    void recordedAttendanceGivesRatesAndHrSeesOnlyItsOwnOrganisation() {
        long cohort;
        Map<String, Long> participants;
        try (Api trainer = Api.as(base, "trainer")) {
            cohort = cohortWith(trainer, JONAS, AYLIN, KATRIN);
            json(trainer.postJson("api/cohorts/" + cohort + "/status", "{\"status\":\"OPEN\"}"), 200);
            participants = participants(trainer, cohort);
            long first = id(json(trainer.postJson(sessions(cohort), session("Eins", daysAgo(2), "18:00", "19:30")), 201));
            long second = id(json(trainer.postJson(sessions(cohort), session("Zwei", daysAgo(1), "18:00", "19:30")), 201));
            long future = id(json(trainer.postJson(sessions(cohort), session("Später", daysAgo(-7), "18:00", "19:30")), 201));

            assertThat(array(trainer.putJson(attendance(cohort, first), "[" + entry(participants.get(JONAS), "PRESENT") + ","
                    + entry(participants.get(AYLIN), "EXCUSED") + "," + entry(participants.get(KATRIN), "ABSENT") + "]"), 200))
                    .hasSize(3);
            json(trainer.putJson(attendance(cohort, second) + "/" + participants.get(JONAS), "{\"status\":\"PRESENT\"}"), 200);
            json(trainer.putJson(attendance(cohort, second) + "/" + participants.get(AYLIN), "{\"status\":\"PRESENT\"}"), 200);
            assertProblem(trainer.putJson(attendance(cohort, future) + "/" + participants.get(JONAS),
                    "{\"status\":\"PRESENT\"}"), 409);
            assertProblem(trainer.putJson(attendance(cohort, second), "[" + entry(participants.get(KATRIN), "PRESENT")
                    + "," + entry(999_999L, "PRESENT") + "]"), 400);

            Map<String, JsonObject> rates = rates(trainer, cohort, "");
            assertThat(rates.get(JONAS).getInt("percent")).isEqualTo(100);
            assertThat(rates.get(AYLIN).getInt("percent")).as("excused does not count by default").isEqualTo(50);
            assertThat(rates.get(KATRIN).getInt("percent")).as("the rejected list changed nothing").isZero();
            assertThat(rates.get(JONAS).getBoolean("belowMinimum")).isFalse();
            assertThat(rates.get(AYLIN).getBoolean("belowMinimum")).isTrue();
            assertThat(rates(trainer, cohort, "?excusedCountsAsPresent=true").get(AYLIN).getInt("percent")).isEqualTo(100);
            assertThat(trainer.getJson("api/cohorts/" + cohort + "/attendance").getInt("sessionsHeld")).isEqualTo(2);
            assertProblem(trainer.request(sessions(cohort) + "/" + first).delete(), 409);
        }
        try (Api musterstadt = Api.as(base, "hr-musterstadt"); Api beispielkreis = Api.as(base, "hr-beispielkreis")) {
            assertThat(rates(musterstadt, cohort, "").keySet()).containsExactlyInAnyOrder(JONAS, AYLIN);
            assertThat(rates(beispielkreis, cohort, "").keySet()).containsExactly(KATRIN);
            assertThat(musterstadt.getJson("api/cohorts/" + cohort + "/attendance").getInt("minimumPercent")).isEqualTo(80);
        }
    }

    @Test
    void conferenceListWithABadLineRecordsNothingAndAValidOneDecidesByMinutes() {
        try (Api trainer = Api.as(base, "trainer")) {
            long cohort = cohortWith(trainer, JONAS, AYLIN, KATRIN);
            long session = id(json(trainer.postJson(sessions(cohort), session("Live", daysAgo(1), "18:00", "19:30")), 201));
            String day = daysAgo(1).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
            String bad = "\uFEFFname;email;join;leave\n"
                    + "Jonas Schmidt;Jonas.Schmidt@musterstadt.example;" + day + " 18:00;" + day + " 19:30\n"
                    + "Aylin Demir;;" + day + " 18:00;" + day + " 18:6x\n";
            JsonObject report = json(trainer.post(attendance(cohort, session) + "/import", bad, "text/csv"), 422);
            assertThat(report.getJsonArray("rejected").getValuesAs(JsonObject.class))
                    .extracting(r -> r.getJsonNumber("line").longValue()).containsExactly(3L);
            assertThat(array(trainer.get(attendance(cohort, session)), 200)).allMatch(a -> !a.containsKey("status") || a.isNull("status"));

            String good = "\uFEFFname;email;join;leave\n"
                    + "Jonas Schmidt;Jonas.Schmidt@musterstadt.example;" + day + " 17:58;" + day + " 18:40\n"
                    + "Jonas (Telefon);jonas.schmidt@musterstadt.example;" + day + " 18:45;" + day + " 19:31\n"
                    + "Aylin Demir;;" + day + " 18:00;" + day + " 18:30\n"
                    + "Gast Müller;gast@example.org;" + day + " 18:00;" + day + " 19:30\n";
            JsonObject imported = json(trainer.post(attendance(cohort, session) + "/import", good, "text/csv"), 200);
            assertThat(imported.getInt("minimumMinutes")).as("75 % of 90 minutes").isEqualTo(68);
            assertThat(imported.getInt("present")).isEqualTo(1);
            assertThat(imported.getInt("absent")).isEqualTo(2);
            assertThat(imported.getJsonArray("unmatched").getValuesAs(JsonObject.class)).singleElement().satisfies(u -> {
                assertThat(u.getString("name")).isEqualTo("Gast Müller");
                assertThat(u.getInt("minutes")).isEqualTo(90);
            });
            Map<String, JsonObject> byEmail = array(trainer.get(attendance(cohort, session)), 200).stream()
                    .collect(Collectors.toMap(a -> a.getString("email"), Function.identity()));
            assertThat(byEmail.get(JONAS).getString("status")).isEqualTo("PRESENT");
            assertThat(byEmail.get(JONAS).getInt("minutes")).isEqualTo(88);
            assertThat(byEmail.get(AYLIN).getString("status")).isEqualTo("ABSENT");
            assertThat(byEmail.get(KATRIN).getString("source")).isEqualTo("IMPORT");

            JsonObject lenient = json(trainer.post(attendance(cohort, session) + "/import?minMinutes=30", good, "text/csv"), 200);
            assertThat(lenient.getInt("present")).isEqualTo(2);
        }
    }

    @Test
    void anotherTrainerCannotPlanOrRecordSessionsOfACohortTheyDoNotRun() {
        long cohort;
        long session;
        long participant;
        try (Api trainer = Api.as(base, "trainer")) {
            cohort = cohortWith(trainer, JONAS);
            session = id(json(trainer.postJson(sessions(cohort), session("Live", daysAgo(1), "18:00", "19:30")), 201));
            participant = participants(trainer, cohort).get(JONAS);
        }
        try (Api other = Api.as(base, People.newAccount(base, "TRAINER"), People.PASSWORD)) {
            assertProblem(other.postJson(sessions(cohort), session("Fremd", daysAgo(1), "18:00", "19:00")), 403);
            assertProblem(other.putJson(attendance(cohort, session), "[" + entry(participant, "ABSENT") + "]"), 403);
            assertProblem(other.post(attendance(cohort, session) + "/import", "name;email;join;leave\n", "text/csv"), 403);
            assertProblem(other.request(sessions(cohort) + "/" + session).delete(), 403);
        }
    }

    @Test
    void enrolledLearnerDownloadsTheCalendarOthersDoNot() {
        long running;
        long planned;
        try (Api trainer = Api.as(base, "trainer")) {
            running = trainer.getJson("api/cohorts?size=100").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("status").equals("RUNNING")).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
            json(trainer.postJson(sessions(running), session("Sprechstunde", LocalDate.of(2027, 3, 29), "18:00", "19:30")), 201);
            planned = cohortWith(trainer);
        }
        try (Api learner = Api.as(base, "learner"); Response ics = calendar(learner, running)) {
            String body = ics.readEntity(String.class);
            assertThat(ics.getStatus()).as(body).isEqualTo(200);
            assertThat(ics.getMediaType().toString()).startsWith("text/calendar").containsIgnoringCase("charset=UTF-8");
            assertThat(ics.getHeaderString("Content-Disposition")).startsWith("attachment").contains(".ics");
            assertThat(body).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
                    "DTSTART;TZID=Europe/Berlin:20270329T180000", "SUMMARY:Sprechstunde", "UID:cohort-session-");
            assertThat(status(calendar(learner, planned))).as("a cohort they cannot see").isEqualTo(404);
        }
        try (Api stranger = Api.as(base, People.newAccount(base, "LEARNER"), People.PASSWORD)) {
            assertThat(array(stranger.get(sessions(running)), 200)).isNotEmpty();
            assertProblem(calendar(stranger, running), 403);
        }
    }

    private Response calendar(Api api, long cohort) {
        return api.request("api/cohorts/" + cohort + "/sessions.ics").accept("text/calendar").get();
    }

    private long cohortWith(Api trainer, String... emails) {
        LocalDate start = LocalDate.now(BERLIN).minusWeeks(1);
        long cohort = id(json(trainer.postJson("api/cohorts", "{\"title\":\"Sitzungstest\",\"programIri\":\"" + PROGRAM
                + "\",\"startsOn\":\"" + start + "\",\"endsOn\":\"" + start.plusWeeks(12) + "\",\"registrationOpens\":\""
                + start.minusWeeks(4) + "\",\"registrationCloses\":\"" + start.minusDays(1) + "\",\"seats\":10,"
                + "\"approval\":\"TRAINER\",\"attendanceMinPercent\":80}"), 201));
        for (String email : emails) {
            json(trainer.postJson("api/cohorts/" + cohort + "/enrolments", "{\"personId\":" + personId(email) + "}"), 201);
        }
        return cohort;
    }

    private long personId(String email) {
        try (Api admin = Api.as(base, "admin")) {
            return admin.getJson("api/people?q=" + email).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getString("email").equals(email)).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
        }
    }

    /** Participant id by e-mail. */
    private static Map<String, Long> participants(Api trainer, long cohort) {
        return trainer.getJson("api/cohorts/" + cohort + "/enrolments?size=100").getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(p -> p.getString("email"), p -> p.getJsonNumber("id").longValue()));
    }

    private static Map<String, JsonObject> rates(Api api, long cohort, String query) {
        return api.getJson("api/cohorts/" + cohort + "/attendance" + query).getJsonArray("participants")
                .getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("email"), Function.identity()));
    }

    private static String sessions(long cohort) {
        return "api/cohorts/" + cohort + "/sessions";
    }

    private static String attendance(long cohort, long session) {
        return sessions(cohort) + "/" + session + "/attendance";
    }

    private static String session(String title, LocalDate date, String start, String end) {
        return "{\"title\":\"" + title + "\",\"moduleId\":\"m1\",\"date\":\"" + date + "\",\"startTime\":\"" + start
                + "\",\"endTime\":\"" + end + "\",\"meetingUrl\":\"https://meet.example.org/room-1\"}";
    }

    private static String entry(long participant, String status) {
        return "{\"participantId\":" + participant + ",\"status\":\"" + status + "\"}";
    }

    private static LocalDate daysAgo(int days) {
        return LocalDate.now(BERLIN).minusDays(days);
    }

    private static JsonObject json(Response response, int expected) {
        return (JsonObject) read(response, expected);
    }

    private static List<JsonObject> array(Response response, int expected) {
        return ((JsonArray) read(response, expected)).getValuesAs(JsonObject.class);
    }

    private static JsonStructure read(Response response, int expected) {
        try (response) {
            String body = response.readEntity(String.class);
            assertThat(response.getStatus()).as(body).isEqualTo(expected);
            return Json.createReader(new StringReader(body)).read();
        }
    }

    private static int status(Response response) {
        try (response) {
            return response.getStatus();
        }
    }

    private static void assertProblem(Response response, int status) {
        try (response) {
            String body = response.readEntity(String.class);
            assertThat(response.getStatus()).as(body).isEqualTo(status);
            assertThat(response.getMediaType().toString()).startsWith("application/problem+json");
        }
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }
}
