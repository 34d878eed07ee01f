package de.smartcity.academy.course;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.support.Api;
import de.smartcity.academy.support.Deployments;
import de.smartcity.academy.support.People;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The learner's way through real courses over the REST API, content versions and re-imports, and
 * the privacy of progress and attempts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseIT {

    private static final Path COURSES = Path.of("target/it-courses");
    private static final Path FIXTURE = Path.of("src/test/resources/course-fixtures/library/smart-parking");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.academy();
    }

    @ArquillianResource URL base;

    @Test
    void catalogueListsTheFourCoursesWithModulesAndVersion() {
        try (Api learner = Api.as(base, "learner")) {
            List<JsonObject> courses = learner.getJson("api/courses?size=50").getJsonArray("items").getValuesAs(JsonObject.class);
            assertThat(courses).extracting(c -> c.getString("id")).contains(
                    "informationssicherheit", "it-architektur", "ki-in-der-verwaltung", "vergaberecht-digital");
            assertThat(courses).filteredOn(c -> !c.getString("id").startsWith("zz-")).allSatisfy(c -> {
                assertThat(c.getInt("modules")).isGreaterThanOrEqualTo(4);
                assertThat(c.getString("version")).hasSize(64);
            });
            assertThat(learner.getJson("api/courses?topic=ki").getJsonArray("items"))
                    .extracting(v -> ((JsonObject) v).getString("id")).containsExactly("ki-in-der-verwaltung");
        }
    }

    @Test
    void learnerWorksThroughACourseFailingThenPassingQuizzesAndCompletesIt() {
        String learner = People.newAccount(base, "LEARNER");
        try (Api api = Api.as(base, learner, People.PASSWORD)) {
            JsonObject course = api.getJson("api/courses/ki-in-der-verwaltung");
            String version = course.getString("version");
            for (JsonObject module : course.getJsonArray("modules").getValuesAs(JsonObject.class)) {
                for (JsonObject lesson : module.getJsonArray("lessons").getValuesAs(JsonObject.class)) {
                    String path = "api/courses/ki-in-der-verwaltung/lessons/" + lesson.getString("id");
                    assertThat(api.getJson(path).getString("html")).doesNotContain("<script");
                    assertThat(status(api.post(path + "/done", "", "application/json"))).isEqualTo(200);
                }
                passQuizAfterAFailedAttempt(api, module.getJsonObject("quiz").getString("id"));
                // the dashboard resumes from the progress entry: it must name the lesson the course view names
                assertThat(api.getJson("api/me/progress").getJsonArray("items").getJsonObject(0).getString("nextLessonId", null))
                        .isEqualTo(api.getJson("api/courses/ki-in-der-verwaltung").getString("nextLessonId", null));
            }
            JsonObject done = api.getJson("api/courses/ki-in-der-verwaltung");
            assertThat(done.getString("completedVersion")).isEqualTo(version);
            assertThat(done.getInt("progressPercent")).isEqualTo(100);
            JsonObject progress = api.getJson("api/me/progress").getJsonArray("items").getJsonObject(0);
            assertThat(progress.getString("courseId")).isEqualTo("ki-in-der-verwaltung");
            assertThat(progress.getString("completedVersion")).isEqualTo(version);
            assertThat(progress.getString("completedAt")).isNotBlank();
        }
    }

    /** First attempt empty (fails and reveals the solution), second attempt right (passes). */
    private static void passQuizAfterAFailedAttempt(Api api, String quizId) {
        String start = "api/courses/ki-in-der-verwaltung/quizzes/" + quizId + "/attempts";
        JsonObject first = postJson(api, start);
        String unsolved = first.toString();
        assertThat(unsolved).doesNotContain("\"correct\"", "\"feedback\"", "\"explanation\"");
        JsonObject failed = postJson(api, "api/me/attempts/" + id(first) + "/submit");
        assertThat(failed.getJsonObject("result").getBoolean("passed")).isFalse();
        assertThat(failed.getJsonObject("result").getInt("attemptsLeft")).isEqualTo(2);

        JsonObject second = postJson(api, start);
        assertThat(second.getInt("attemptNo")).isEqualTo(2);
        for (JsonObject question : failed.getJsonArray("questions").getValuesAs(JsonObject.class)) {
            JsonArray chosen = Json.createArrayBuilder(question.getJsonArray("options").getValuesAs(JsonObject.class)
                    .stream().filter(o -> o.getBoolean("correct")).map(o -> o.getInt("index")).toList()).build();
            try (Response saved = api.putJson("api/me/attempts/" + id(second) + "/answers/" + question.getString("id"),
                    Json.createObjectBuilder().add("chosen", chosen).build().toString())) {
                assertThat(saved.getStatus()).isEqualTo(200);
            }
        }
        JsonObject passed = postJson(api, "api/me/attempts/" + id(second) + "/submit");
        assertThat(passed.getJsonObject("result").getBoolean("passed")).isTrue();
        assertThat(passed.getJsonObject("result").getInt("percent")).isEqualTo(100);
        assertThat(status(api.post(start, "", "application/json"))).as("no attempt after passing").isEqualTo(409);
    }

    @Test
    void nobodyElseSeesALearnersAttemptsOrProgress() {
        String owner = People.newAccount(base, "LEARNER");
        String other = People.newAccount(base, "LEARNER");
        long attempt;
        try (Api api = Api.as(base, owner, People.PASSWORD)) {
            attempt = id(postJson(api, "api/courses/informationssicherheit/quizzes/"
                    + firstQuizId(api, "informationssicherheit") + "/attempts"));
        }
        try (Api api = Api.as(base, other, People.PASSWORD)) {
            assertThat(status(api.get("api/me/attempts/" + attempt))).isEqualTo(404);
            assertThat(status(api.putJson("api/me/attempts/" + attempt + "/answers/q1", "{\"chosen\":[0]}"))).isEqualTo(404);
            assertThat(status(api.post("api/me/attempts/" + attempt + "/submit", "", "application/json"))).isEqualTo(404);
            assertThat(api.getJson("api/me/progress").getJsonArray("items")).isEmpty();
        }
        try (Api admin = Api.as(base, "admin")) {
            assertThat(status(admin.get("api/me/attempts/" + attempt))).as("admin is no learner").isEqualTo(403);
        }
    }

    @Test
    void invalidAnswersAreRefusedAsProblems() {
        String learner = People.newAccount(base, "LEARNER");
        try (Api api = Api.as(base, learner, People.PASSWORD)) {
            JsonObject attempt = postJson(api, "api/courses/it-architektur/quizzes/" + firstQuizId(api, "it-architektur")
                    + "/attempts");
            JsonObject single = attempt.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                    .filter(q -> q.getString("type").equals("single")).findFirst().orElseThrow();
            String path = "api/me/attempts/" + id(attempt) + "/answers/" + single.getString("id");
            assertThat(status(api.putJson(path, "{\"chosen\":[0,1]}"))).isEqualTo(400);
            assertThat(status(api.putJson(path, "{\"chosen\":[99]}"))).isEqualTo(400);
            assertThat(status(api.putJson(path, "{\"chosen\":\"alle\"}"))).isEqualTo(400);
            assertThat(status(api.putJson("api/me/attempts/" + id(attempt) + "/answers/gibt-es-nicht", "{\"chosen\":[0]}")))
                    .isEqualTo(404);
        }
    }

    @Test
    void brokenCourseIsRejectedWholeWithFileAndLineAndTheOldVersionStaysLive() throws IOException {
        Path course = COURSES.resolve("zz-it-parken");
        copy(FIXTURE, course);
        try (Api admin = Api.as(base, "admin"); Api learner = Api.as(base, "learner")) {
            assertThat(importNow(admin).getJsonArray("updated").getValuesAs(JsonValue::toString)).contains("\"zz-it-parken\"");
            String v1 = learner.getJson("api/courses/zz-it-parken").getString("version");

            Path courseYaml = course.resolve("course.yaml");
            Files.writeString(courseYaml, Files.readString(courseYaml).replace("passMark: 70", "passMark: 150"));
            JsonObject outcome = importNow(admin);
            assertThat(outcome.getJsonObject("rejected").getJsonArray("zz-it-parken").getValuesAs(JsonValue::toString))
                    .anySatisfy(e -> assertThat(e).contains("zz-it-parken/course.yaml:16:").contains("passMark"));
            assertThat(learner.getJson("api/courses/zz-it-parken").getString("version")).isEqualTo(v1);
        } finally {
            delete(course);
        }
    }

    @Test
    void aNewVersionKeepsThePastProgressOfARemovedLesson() throws IOException {
        Path course = COURSES.resolve("zz-it-parken-2");
        copy(FIXTURE, course);
        Path module = course.resolve("01-sensorik");
        Path yaml = course.resolve("course.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("course:smart-parking", "course:smart-parking-2"));
        Files.writeString(module.resolve("02-zusatz.md"), Files.readString(module.resolve("01-sensoren.md"))
                .replaceFirst("id: [a-z-]+", "id: zusatz"));
        Path moduleYaml = module.resolve("module.yaml");
        String withTwoLessons = Files.readString(moduleYaml).replace("  - 01-sensoren.md", "  - 01-sensoren.md\n  - 02-zusatz.md");
        Files.writeString(moduleYaml, withTwoLessons);
        String learner = People.newAccount(base, "LEARNER");
        try (Api admin = Api.as(base, "admin"); Api api = Api.as(base, learner, People.PASSWORD)) {
            importNow(admin);
            String v1 = api.getJson("api/courses/zz-it-parken-2").getString("version");
            assertThat(status(api.post("api/courses/zz-it-parken-2/lessons/zusatz/done", "", "application/json"))).isEqualTo(200);

            Files.writeString(moduleYaml, withTwoLessons.replace("\n  - 02-zusatz.md", ""));
            Files.delete(module.resolve("02-zusatz.md"));
            importNow(admin);
            JsonObject v2 = api.getJson("api/courses/zz-it-parken-2");
            assertThat(v2.getString("version")).isNotEqualTo(v1);
            assertThat(v2.getJsonArray("modules").getJsonObject(0).getJsonArray("lessons")).hasSize(1);
            assertThat(api.getJson("api/me/progress").getJsonArray("items").getJsonObject(0).getString("courseId"))
                    .isEqualTo("zz-it-parken-2");
        } finally {
            delete(course);
        }
    }

    @Test
    void onlyAdminsImport() {
        try (Api learner = Api.as(base, "learner"); Api admin = Api.as(base, "admin")) {
            assertThat(status(learner.post("api/admin/course-imports", "", "application/json"))).isEqualTo(403);
            JsonObject outcome = importNow(admin);
            assertThat(outcome.getJsonArray("unchanged").getValuesAs(JsonValue::toString))
                    .contains("\"informationssicherheit\"", "\"it-architektur\"");
        }
    }

    private static JsonObject importNow(Api admin) {
        return postJson(admin, "api/admin/course-imports");
    }

    private static String firstQuizId(Api api, String course) {
        return api.getJson("api/courses/" + course).getJsonArray("modules").getJsonObject(0)
                .getJsonObject("quiz").getString("id");
    }

    private static JsonObject postJson(Api api, String path) {
        try (Response response = api.request(path).post(Entity.json(""))) {
            String body = response.readEntity(String.class);
            assertThat(response.getStatus()).as(path + " " + body).isEqualTo(200);
            return Json.createReader(new java.io.StringReader(body)).readObject();
        }
    }

    private static long id(JsonObject attempt) {
        return attempt.getJsonNumber("id").longValue();
    }

    private static int status(Response response) {
        try (response) {
            return response.getStatus();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            delete(to);
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.collect(Collectors.toList())) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
