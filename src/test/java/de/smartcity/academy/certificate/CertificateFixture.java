package de.smartcity.academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.support.Api;
import de.smartcity.academy.support.FileTrees;
import de.smartcity.academy.support.People;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny course and a program requiring it, imported into the test server's course folder, and a
 * learner who completes the course through the REST API (failing the quiz once, then passing).
 */
public final class CertificateFixture {

    static final String COURSE = "zz-cert-parken";
    static final String COURSE_IRI = "urn:smartcity-academy:course:zz-cert-parken";
    static final String PROGRAM_IRI = "urn:smartcity-academy:program:zz-cert-programm";

    private static final Path COURSES = Path.of("target/it-courses");
    private static final Path SOURCE = Path.of("src/test/resources/course-fixtures/library/smart-parking");

    private CertificateFixture() {}

    /** Idempotent: copies the course and program once and imports them. */
    public static synchronized void install(URL base) {
        try {
            Path course = COURSES.resolve(COURSE);
            if (!Files.exists(course)) {
                FileTrees.copy(SOURCE, course);
                Path yaml = course.resolve("course.yaml");
                Files.writeString(yaml, Files.readString(yaml).replace("course:smart-parking", "course:" + COURSE));
                Files.writeString(COURSES.resolve("programs/zz-cert-programm.yaml"), """
                        id: %s
                        title: {de: "Zertifikatstest-Programm"}
                        summary: {de: "Ein Programm mit einem Kurs, nur für Tests."}
                        requiredCourses:
                          - %s
                        electiveCourses: []
                        minElectives: 0
                        attendance:
                          minRatePercent: 80
                          excusedCountsAsPresent: false
                        """.formatted(PROGRAM_IRI, COURSE_IRI));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Api admin = Api.as(base, "admin"); Response response = admin.request("api/admin/course-imports").post(Entity.json(""))) {
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }

    /** A new learner who has completed the fixture course; returns the user name. */
    public static String learnerWhoCompleted(URL base) {
        install(base);
        String user = People.newAccount(base, "LEARNER");
        try (Api api = Api.as(base, user, People.PASSWORD)) {
            workThrough(api);
            assertThat(api.getJson("api/courses/" + COURSE).getString("completedVersion", null)).isNotNull();
        }
        return user;
    }

    /** Marks every lesson done and passes every quiz (after failing once), in the learner's current round. */
    static void workThrough(Api api) {
        JsonObject course = api.getJson("api/courses/" + COURSE);
        for (JsonObject module : course.getJsonArray("modules").getValuesAs(JsonObject.class)) {
            for (JsonObject lesson : module.getJsonArray("lessons").getValuesAs(JsonObject.class)) {
                api.post("api/courses/" + COURSE + "/lessons/" + lesson.getString("id") + "/done", "", "application/json").close();
            }
            pass(api, module.getJsonObject("quiz").getString("id"));
        }
    }

    private static void pass(Api api, String quiz) {
        String start = "api/courses/" + COURSE + "/quizzes/" + quiz + "/attempts";
        JsonObject failed = post(api, "api/me/attempts/" + post(api, start).getJsonNumber("id") + "/submit");
        long second = post(api, start).getJsonNumber("id").longValue();
        for (JsonObject question : failed.getJsonArray("questions").getValuesAs(JsonObject.class)) {
            JsonArray chosen = Json.createArrayBuilder(question.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getBoolean("correct")).map(o -> o.getInt("index")).toList()).build();
            api.putJson("api/me/attempts/" + second + "/answers/" + question.getString("id"),
                    Json.createObjectBuilder().add("chosen", chosen).build().toString()).close();
        }
        assertThat(post(api, "api/me/attempts/" + second + "/submit").getJsonObject("result").getBoolean("passed")).isTrue();
    }

    static JsonObject post(Api api, String path) {
        try (Response response = api.request(path).post(Entity.json(""))) {
            String body = response.readEntity(String.class);
            assertThat(response.getStatus()).as(path + " " + body).isEqualTo(200);
            return Json.createReader(new StringReader(body)).readObject();
        }
    }
}
