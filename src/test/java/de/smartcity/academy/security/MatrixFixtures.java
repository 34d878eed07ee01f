package de.smartcity.academy.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.certificate.CertificateFixture;
import de.smartcity.academy.support.Api;
import de.smartcity.academy.support.People;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The objects the matrix points at, named in its paths and bodies as {@code {name}} or {@code {name.part}}:
 * objects of organisation A (Stadt Musterstadt: the demo learner, her enrolment, certificate and
 * attempt) and of organisation B (Landkreis Beispielkreis), a cohort the demo trainer does not run,
 * and "fresh" objects ({@code {new…}}) made anew for every cell, for calls that use their object up.
 */
final class MatrixFixtures {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(?:\\.([A-Za-z]+))?}");
    static final String COURSE = "it-architektur";

    private final URL base;
    private final Map<String, String> fixed = new HashMap<>();
    private final Map<String, Supplier<Map<String, String>>> fresh = new HashMap<>();

    MatrixFixtures(URL base) {
        this.base = base;
        try (Api admin = Api.as(base, "admin"); Api learner = Api.as(base, "learner"); Api trainer = Api.as(base, "trainer")) {
            fixed.put("orgA", id(Api.as(base, "hr-musterstadt"), "api/organisations"));
            fixed.put("orgB", id(Api.as(base, "hr-beispielkreis"), "api/organisations"));
            fixed.put("personA", personId(admin, "Lehmann"));
            fixed.put("personB", personId(admin, "Vogel"));
            fixed.put("personBOrg", admin.getJson("api/people/" + fixed.get("personB")).getJsonNumber("organisationId").toString());
            fixed.put("learnerOrg", admin.getJson("api/people/" + fixed.get("personA")).getJsonNumber("organisationId").toString());
            fixed.put("trainerPerson", personId(admin, "Traut"));
            fixed.put("cohort", runningDemoCohort(admin));
            fixed.put("participantA", participant(admin, fixed.get("cohort"), fixed.get("personA")));
            fixed.put("participantB", participant(admin, fixed.get("cohort"), fixed.get("personB")));
            fixed.put("session", json(trainer.postJson("api/cohorts/" + fixed.get("cohort") + "/sessions",
                    sessionForm()), 201).getJsonNumber("id").toString());
            fixed.put("foreignCohort", cohort(admin, "[]", "NONE", true));
            fixed.put("openCohort", cohort(trainer, "[" + fixed.get("trainerPerson") + "]", "NONE", true));
            fixed.put("certA", learner.getJson("api/me/certificates").getJsonArray("items").getJsonObject(0).getString("id"));
            try (Response credential = learner.get("api/certificates/" + fixed.get("certA") + "/credential")) {
                fixed.put("credentialA", credential.readEntity(String.class));
            }
            fixed.put("certC", newCertificate().get("id"));
            JsonObject course = learner.getJson("api/courses/" + COURSE);
            JsonObject firstModule = course.getJsonArray("modules").getJsonObject(0);
            fixed.put("lesson", firstModule.getJsonArray("lessons").getJsonObject(0).getString("id"));
            fixed.put("quiz", firstModule.getJsonObject("quiz").getString("id"));
            fixed.put("module", firstModule.getString("id"));
            fixed.put("sessionStart", LocalDate.now().minusDays(1) + "T09:00");
            fixed.put("sessionEnd", LocalDate.now().minusDays(1) + "T10:00");
            JsonObject attempt = post(learner, "api/courses/" + COURSE + "/quizzes/" + fixed.get("quiz") + "/attempts");
            fixed.put("attemptA", attempt.getJsonNumber("id").toString());
            fixed.put("question", attempt.getJsonArray("questions").getJsonObject(0).getString("id"));
        }
        fresh.put("newCohort", () -> Map.of("id", inNewApi("trainer", t -> cohort(t, "[" + fixed.get("trainerPerson") + "]", "NONE", false))));
        fresh.put("newForeignCohort", () -> Map.of("id", inNewApi("admin", a -> cohort(a, "[]", "NONE", false))));
        fresh.put("newSession", this::newSession);
        fresh.put("newAssignment", () -> Map.of("id", inNewApi("admin", a -> json(a.postJson("api/assignments",
                "{\"course\":\"informationssicherheit\",\"personId\":" + fixed.get("personA") + ",\"dueOn\":\"2030-06-30\"}"), 201)
                .getJsonNumber("id").toString())));
        fresh.put("newPending", () -> newApplication("TRAINER"));
        fresh.put("newSupervised", () -> newApplication("SUPERVISOR"));
        fresh.put("newAttempt", this::newAttempt);
        fresh.put("newPerson", this::newPerson);
        fresh.put("newCertificate", this::newCertificate);
        fresh.put("unique", () -> Map.of("id", UUID.randomUUID().toString().substring(0, 8)));
    }

    /** The template with every placeholder replaced; fresh objects are made once per cell (one map per cell). */
    String resolve(String template, Map<String, Map<String, String>> cell) {
        if (template == null) {
            return null;
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value;
            if (fresh.containsKey(name)) {
                value = cell.computeIfAbsent(name, n -> fresh.get(n).get()).get(matcher.group(2) == null ? "id" : matcher.group(2));
            } else {
                value = fixed.get(name);
            }
            if (value == null) {
                throw new IllegalArgumentException("Unknown fixture " + matcher.group());
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    String get(String name) {
        return fixed.get(name);
    }

    static String sessionForm() {
        return "{\"title\":\"Matrix-Termin\",\"date\":\"" + LocalDate.now().minusDays(1)
                + "\",\"startTime\":\"09:00\",\"endTime\":\"10:00\",\"meetingUrl\":\"https://meet.example.org/matrix\"}";
    }

    static String cohortForm(String trainerIds, String approval) {
        LocalDate today = LocalDate.now();
        return "{\"title\":\"Matrix-Kohorte\",\"programIri\":\"urn:smartcity-academy:program:smart-city-manager\","
                + "\"startsOn\":\"" + today.plusWeeks(8) + "\",\"endsOn\":\"" + today.plusWeeks(20) + "\","
                + "\"registrationOpens\":\"" + today.minusDays(1) + "\",\"registrationCloses\":\"" + today.plusWeeks(6) + "\","
                + "\"seats\":30,\"approval\":\"" + approval + "\",\"attendanceMinPercent\":80,\"trainerIds\":" + trainerIds + "}";
    }

    private Map<String, String> newSession() {
        String id = inNewApi("trainer", t -> json(t.postJson("api/cohorts/" + fixed.get("cohort") + "/sessions", sessionForm()), 201)
                .getJsonNumber("id").toString());
        return Map.of("id", id);
    }

    /** The demo learner's application to a new cohort that needs a decision (by the trainer or by HR). */
    private Map<String, String> newApplication(String approval) {
        String cohort = inNewApi("trainer", t -> cohort(t, "[" + fixed.get("trainerPerson") + "]", approval, true));
        String participant = inNewApi("learner", l -> json(l.postJson("api/cohorts/" + cohort + "/applications", "{}"), 201)
                .getJsonNumber("id").toString());
        return Map.of("cohort", cohort, "id", participant);
    }

    private Map<String, String> newAttempt() {
        return Map.of("id", inNewApi("learner", l -> post(l, "api/courses/" + COURSE + "/quizzes/"
                + fixed.get("quiz") + "/attempts").getJsonNumber("id").toString()));
    }

    private Map<String, String> newPerson() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String id = inNewApi("admin", a -> json(a.postJson("api/people", "{\"givenName\":\"Matrix\",\"familyName\":\"Person " + tag
                + "\",\"email\":\"matrix." + tag + "@example.org\",\"organisationId\":" + fixed.get("orgA")
                + ",\"language\":\"de\"}"), 201).getJsonNumber("id").toString());
        return Map.of("id", id, "username", "matrix-" + tag);
    }

    private Map<String, String> newCertificate() {
        String holder = CertificateFixture.learnerWhoCompleted(base);
        try (Api api = Api.as(base, holder, People.PASSWORD)) {
            return Map.of("id", api.getJson("api/me/certificates").getJsonArray("items").getJsonObject(0).getString("id"));
        }
    }

    private String inNewApi(String user, java.util.function.Function<Api, String> call) {
        try (Api api = Api.as(base, user)) {
            return call.apply(api);
        }
    }

    private static String cohort(Api api, String trainerIds, String approval, boolean open) {
        String id = json(api.postJson("api/cohorts", cohortForm(trainerIds, approval)), 201).getJsonNumber("id").toString();
        if (open) {
            json(api.postJson("api/cohorts/" + id + "/status", "{\"status\":\"OPEN\"}"), 200);
        }
        return id;
    }

    private static String id(Api api, String path) {
        try (api) {
            return api.getJson(path).getJsonNumber("id").toString();
        }
    }

    private static String personId(Api admin, String familyName) {
        return admin.getJson("api/people?q=" + familyName).getJsonArray("items").getJsonObject(0).getJsonNumber("id").toString();
    }

    private static String runningDemoCohort(Api admin) {
        return admin.getJson("api/cohorts?size=100").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("status").equals("RUNNING")).findFirst().orElseThrow()
                .getJsonNumber("id").toString();
    }

    private static String participant(Api admin, String cohort, String person) {
        return admin.getJson("api/cohorts/" + cohort + "/enrolments?size=100").getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getJsonNumber("personId").toString().equals(person)).findFirst().orElseThrow()
                .getJsonNumber("id").toString();
    }

    private static JsonObject post(Api api, String path) {
        return json(api.request(path).post(Entity.json("")), 200);
    }

    private static JsonObject json(Response response, int status) {
        try (response) {
            String body = response.readEntity(String.class);
            assertThat(response.getStatus()).as(body).isEqualTo(status);
            return Json.createReader(new StringReader(body)).readObject();
        }
    }
}
