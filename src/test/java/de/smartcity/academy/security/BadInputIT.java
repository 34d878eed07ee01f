package de.smartcity.academy.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.support.Deployments;
import de.smartcity.academy.support.FileTrees;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hostile-input corpus ({@code bad-input/corpus.txt}) against every input boundary: every POST and
 * PUT endpoint (self-checked against /openapi), the CSV uploads, course files and the login form. Refused
 * input gets a 4xx problem document (CSV imports: their 422 line report) without internals and leaves every
 * table's row count as it was; text that only looks hostile never causes a 5xx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    private static final String JSON = "application/json", CSV = "text/csv";
    private static final String FIELD = "\"@@\"";
    private static final Path COURSES = Path.of("target/it-courses");
    private static final Path COURSE_FIXTURE = Path.of("src/test/resources/course-fixtures/library/smart-parking");

    enum Body { JSON, CSV, RAW_JSON, NONE }

    /** @param template the valid body, with {@code "@@"} where the corpus text goes (JSON) */
    record Target(String method, String path, String caller, Body body, String template) {}

    static final List<Target> TARGETS = List.of(
        json("POST", "api/people", "admin", "{\"givenName\":\"@@\",\"familyName\":\"Korpus\",\"email\":\"korpus.{unique}@example.org\",\"organisationId\":{orgA},\"language\":\"de\"}"),
        json("PUT", "api/people/{personB}", "admin", "{\"givenName\":\"Katrin\",\"familyName\":\"@@\",\"email\":\"katrin.vogel@beispielkreis.example\",\"organisationId\":{personBOrg},\"language\":\"de\"}"),
        json("PUT", "api/people/{newPerson}/account", "admin", "{\"roles\":[\"LEARNER\"],\"username\":\"@@\",\"initialPassword\":\"right-password-123\"}"),
        csv("POST", "api/people/import", "admin"),
        json("POST", "api/organisations", "admin", "{\"parentId\":{orgA},\"name\":\"@@\",\"kind\":\"ORG_UNIT\"}"),
        json("POST", "api/admin/mail-test", "admin", "{\"to\":\"@@\",\"language\":\"de\"}"),
        none("POST", "api/admin/course-imports", "admin"),
        none("POST", "api/admin/backup", "admin"),
        none("POST", "api/privacy/people/{personB}/anonymisation", "learner"),
        json("POST", "api/cohorts", "trainer", MatrixFixtures.cohortForm("[{trainerPerson}]", "NONE").replace("\"Matrix-Kohorte\"", FIELD)),
        json("PUT", "api/cohorts/{openCohort}", "trainer", MatrixFixtures.cohortForm("[{trainerPerson}]", "NONE").replace("\"NONE\"", FIELD)),
        json("POST", "api/cohorts/{openCohort}/status", "trainer", "{\"status\":\"@@\"}"),
        json("POST", "api/cohorts/{openCohort}/copies", "trainer", "{\"startsOn\":\"@@\"}"),
        json("POST", "api/cohorts/{openCohort}/applications", "learner", "{\"note\":\"@@\"}"),
        none("POST", "api/cohorts/{newPending.cohort}/applications/{newPending}/approval", "trainer"),
        json("POST", "api/cohorts/{newPending.cohort}/applications/{newPending}/decline", "trainer", "{\"reason\":\"@@\"}"),
        json("POST", "api/cohorts/{openCohort}/enrolments", "trainer", "{\"personId\":\"@@\"}"),
        csv("POST", "api/cohorts/{openCohort}/enrolments/import", "trainer"),
        json("POST", "api/cohorts/{cohort}/reminders", "trainer", "{\"participantIds\":[{participantA}],\"text\":\"@@\"}"),
        json("POST", "api/cohorts/{cohort}/sessions", "trainer", MatrixFixtures.sessionForm().replace("\"Matrix-Termin\"", FIELD)),
        json("PUT", "api/cohorts/{cohort}/sessions/{session}", "trainer",
                MatrixFixtures.sessionForm().replace("\"https://meet.example.org/matrix\"", FIELD)),
        json("PUT", "api/cohorts/{cohort}/sessions/{session}/attendance", "trainer", "[{\"participantId\":{participantA},\"status\":\"@@\"}]"),
        json("PUT", "api/cohorts/{cohort}/sessions/{session}/attendance/{participantA}", "trainer", "{\"status\":\"@@\"}"),
        csv("POST", "api/cohorts/{cohort}/sessions/{session}/attendance/import", "trainer"),
        none("POST", "api/cohorts/{cohort}/certificates", "trainer"),
        json("POST", "api/certificates/{certC}/revocation", "admin", "{\"reason\":\"@@\"}"),
        json("POST", "api/certificates/{certA}/reissue", "admin", "{\"reason\":\"Korrektur\",\"holderName\":\"@@\"}"),
        new Target("POST", "api/verify", null, Body.RAW_JSON, null),
        json("POST", "api/assignments", "hr-musterstadt", "{\"course\":\"@@\",\"personId\":{personA},\"dueOn\":\"2030-01-31\"}"),
        json("PUT", "api/reports/settings/{orgA}", "admin", "{\"showScores\":\"@@\"}"),
        none("POST", "api/courses/" + MatrixFixtures.COURSE + "/lessons/{lesson}/done", "learner"),
        none("POST", "api/me/refreshers/informationssicherheit", "learner"),
        none("POST", "api/courses/" + MatrixFixtures.COURSE + "/quizzes/{quiz}/attempts", "learner"),
        json("PUT", "api/me/attempts/{attemptA}/answers/{question}", "learner", "{\"chosen\":[\"@@\"]}"),
        none("POST", "api/me/attempts/{attemptA}/submit", "hr-beispielkreis"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.academy().addClass(RowCounts.class);
    }

    @ArquillianResource URL base;

    /** Made once per server; the tests only point at these objects or make fresh ones. */
    private static MatrixFixtures fixtures;

    private synchronized MatrixFixtures fixtures() {
        if (fixtures == null) {
            fixtures = new MatrixFixtures(base);
        }
        return fixtures;
    }

    @Test
    void everyBoundaryRefusesHostileInputCleanlyAndWritesNothing() {
        MatrixFixtures fixtures = fixtures();
        List<Corpus.Entry> corpus = Corpus.load();
        assertThat(corpus).hasSizeGreaterThan(40);
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (Target target : TARGETS) {
            // in a login session: the same boundaries, without a password hash per request
            MatrixClient client = new MatrixClient(Deployments.local(base), target.caller()).loggedIn();
            // the objects the target points at are made before counting; refused requests share them
            Map<String, Map<String, String>> shared = new HashMap<>();
            fixtures.resolve(target.path() + (target.template() == null ? "" : target.template()), shared);
            String before = rowCounts();
            for (Corpus.Entry entry : corpus) {
                if (!entry.reject() || !applies(target, entry)
                        || (entry.name().equals("array-for-object") && target.template() != null && target.template().startsWith("["))) {
                    continue;
                }
                MatrixClient.Reply reply;
                try {
                    reply = send(client, fixtures, target, entry, shared);
                } catch (java.io.UncheckedIOException e) {
                    wrong.add(target.method() + " " + target.path() + " with " + entry.name() + ": connection failed " + e.getMessage());
                    continue;
                }
                requests++;
                boolean refused = reply.status() >= 400 && reply.status() < 500 && (isProblem(reply) || isImportReport(reply));
                if (!(refused || isFailedCheck(target, reply))
                        || Internals.revealedIn(reply.body())) {
                    wrong.add(target.method() + " " + target.path() + " with " + entry.name() + ": " + reply.status()
                            + " " + reply.contentType() + " " + abbreviate(reply.body()));
                }
            }
            String after = rowCounts();
            if (!after.equals(before)) {
                wrong.add(target.method() + " " + target.path() + ": refused input changed the row counts\n" + before + "->\n" + after);
            }
            for (Corpus.Entry entry : corpus) {
                if (entry.reject() || !applies(target, entry)) {
                    continue;
                }
                MatrixClient.Reply reply;
                try {
                    reply = send(client, fixtures, target, entry, new HashMap<>());
                } catch (java.io.UncheckedIOException e) {
                    wrong.add(target.method() + " " + target.path() + " with " + entry.name() + ": connection failed " + e.getMessage());
                    continue;
                }
                requests++;
                if (reply.status() >= 500 || Internals.revealedIn(reply.body())) {
                    wrong.add(target.method() + " " + target.path() + " with " + entry.name() + ": " + reply.status()
                            + " " + abbreviate(reply.body()));
                }
            }
        }
        assertThat(wrong).as("%d hostile requests against %d boundaries", requests, TARGETS.size()).isEmpty();
    }

    @Test
    void textThatOnlyLooksHostileIsStoredAsTextAndShownEscaped() {
        MatrixFixtures fixtures = fixtures();
        MatrixClient admin = new MatrixClient(Deployments.local(base), "admin");
        for (Corpus.Entry entry : Corpus.load()) {
            if (entry.kind() != Corpus.Kind.TEXT || entry.reject()) {
                continue;
            }
            MatrixClient.Reply created = admin.api("POST", fixtures.resolve("api/organisations", new HashMap<>()), JSON,
                    fixtures.resolve("{\"parentId\":{orgA},\"name\":" + Corpus.jsonString(entry.text()) + ",\"kind\":\"ORG_UNIT\"}", new HashMap<>()));
            assertThat(created.status()).as(entry.name() + " " + created.body()).isEqualTo(201);
            JsonObject organisation = Json.createReader(new StringReader(created.body())).readObject();
            assertThat(organisation.getString("name")).as(entry.name()).isEqualTo(entry.text().strip());
        }
        MatrixClient.Reply page = admin.loggedIn().page("admin/organisations.xhtml");
        assertThat(page.body()).doesNotContain("<script>alert('xss')</script>", "<img src=x onerror=alert(1)>");
    }

    @Test
    void loginFormTakesHostileValuesWithoutErrorsOrReflection() {
        MatrixClient anonymous = new MatrixClient(Deployments.local(base), null);
        for (Corpus.Entry entry : Corpus.load()) {
            if (entry.kind() != Corpus.Kind.TEXT) {
                continue;
            }
            MatrixClient.Reply reply = anonymous.submitLogin(entry.text(), entry.text());
            assertThat(reply.status()).as(entry.name()).isIn(200, 400);
            assertThat(Internals.revealedIn(reply.body())).as(entry.name()).isFalse();
            assertThat(reply.body()).as(entry.name()).doesNotContain("<script>alert('xss')</script>", "<img src=x onerror");
        }
    }

    /**
     * Course files are input too (authors are not trusted): folder and image paths out of the course,
     * a YAML alias bomb and broken YAML are rejected with reasons, and nothing is written.
     */
    @Test
    void hostileCourseFilesAreRejectedWithReasonsAndWriteNothing() throws IOException {
        Map<String, String> hostile = Map.of(
                "zz-bad-traversal-module", "modules:\n  - ../../../../etc\n",
                "zz-bad-traversal-image", "IMAGE",
                "zz-bad-yaml-bomb", "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\"]\nb: &b [*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c]\n",
                "zz-bad-yaml-syntax", "title: [nicht geschlossen\n  de: \"x\n");
        try {
            for (Map.Entry<String, String> course : hostile.entrySet()) {
                Path folder = COURSES.resolve(course.getKey());
                FileTrees.copy(COURSE_FIXTURE, folder);
                Path yaml = folder.resolve("course.yaml");
                String valid = Files.readString(yaml).replace("course:smart-parking", "course:" + course.getKey());
                if (course.getValue().equals("IMAGE")) {
                    Files.writeString(yaml, valid);
                    Path lesson = folder.resolve("01-sensorik/01-sensoren.md");
                    Files.writeString(lesson, Files.readString(lesson).replace("assets/sensor.svg", "../../../../../etc/passwd"));
                } else {
                    Files.writeString(yaml, valid.replaceAll("(?s)modules:.*", "") + course.getValue());
                }
            }
            String before = rowCounts();
            MatrixClient.Reply reply = new MatrixClient(Deployments.local(base), "admin").loggedIn()
                    .api("POST", "api/admin/course-imports", JSON, "");
            assertThat(reply.status()).isEqualTo(200);
            JsonObject rejected = Json.createReader(new StringReader(reply.body())).readObject().getJsonObject("rejected");
            assertThat(rejected.keySet()).containsAll(hostile.keySet());
            hostile.keySet().forEach(course -> assertThat(rejected.getJsonArray(course)).as(course).isNotEmpty());
            assertThat(Internals.revealedIn(reply.body())).isFalse();
            assertThat(reply.body()).doesNotContain("root:x:0:0");
            assertThat(rowCounts()).isEqualTo(before);
        } finally {
            for (String course : hostile.keySet()) {
                delete(COURSES.resolve(course));
            }
        }
    }

    @Test
    void everyWritingEndpointOfTheOpenApiDocumentIsATarget() {
        JsonObject paths = Json.createReader(new StringReader(new MatrixClient(Deployments.local(base), null)
                .api("GET", "openapi?format=json", null, (String) null).body())).readObject().getJsonObject("paths");
        Set<String> writing = new TreeSet<>();
        paths.forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                .filter(Set.of("put", "post", "patch")::contains)
                .forEach(method -> writing.add(method.toUpperCase() + " " + path)));
        List<String> covered = TARGETS.stream().map(t -> t.method() + " /" + t.path()).toList();
        assertThat(writing.stream().filter(endpoint -> covered.stream().noneMatch(c -> sameEndpoint(c, endpoint))).toList())
                .as("writing endpoints without a bad-input target").isEmpty();
    }

    private static boolean applies(Target target, Corpus.Entry entry) {
        return switch (target.body()) {
            case JSON -> entry.kind() != Corpus.Kind.CSV;
            case RAW_JSON -> entry.kind() == Corpus.Kind.BODY;
            case CSV -> entry.kind() == Corpus.Kind.CSV;
            case NONE -> entry.name().startsWith("oversize-body");
        };
    }

    private static MatrixClient.Reply send(MatrixClient client, MatrixFixtures fixtures, Target target, Corpus.Entry entry,
                                           Map<String, Map<String, String>> cell) {
        String path = fixtures.resolve(target.path(), cell);
        if (entry.kind() == Corpus.Kind.TEXT) {
            String body = fixtures.resolve(target.template().replace(FIELD, "\u0001"), cell).replace("\u0001", Corpus.jsonString(entry.text()));
            return client.api(target.method(), path, JSON, body);
        }
        return client.api(target.method(), path, target.body() == Body.CSV ? CSV : JSON, entry.bytes());
    }


    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private String rowCounts() {
        return new MatrixClient(Deployments.local(base), null).page("test-support/row-counts").body();
    }

    /** {@code POST /api/verify} checks any JSON object and answers "not valid" for one that is no credential. */
    private static boolean isFailedCheck(Target target, MatrixClient.Reply reply) {
        return target.body() == Body.RAW_JSON && reply.status() == 200 && reply.body().contains("\"valid\":false");
    }

    private static boolean isProblem(MatrixClient.Reply reply) {
        return reply.contentType().startsWith("application/problem+json");
    }

    /** The CSV imports answer 422 with their line-by-line report (all or nothing), by contract. */
    private static boolean isImportReport(MatrixClient.Reply reply) {
        return reply.status() == 422 && reply.body().contains("\"rejected\":[{\"line\"");
    }

    private static boolean sameEndpoint(String covered, String published) {
        String[] mine = covered.split("/");
        String[] theirs = published.split("/");
        if (mine.length != theirs.length) {
            return false;
        }
        for (int i = 0; i < mine.length; i++) {
            if (!(theirs[i].startsWith("{") && theirs[i].endsWith("}")) && !theirs[i].equals(mine[i])) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    private static Target json(String method, String path, String caller, String template) {
        return new Target(method, path, caller, Body.JSON, template);
    }

    private static Target csv(String method, String path, String caller) {
        return new Target(method, path, caller, Body.CSV, null);
    }

    private static Target none(String method, String path, String caller) {
        return new Target(method, path, caller, Body.NONE, null);
    }
}
