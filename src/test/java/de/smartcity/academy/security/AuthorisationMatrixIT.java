package de.smartcity.academy.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.support.Deployments;
import de.smartcity.academy.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * Who may call what: every REST endpoint and every page, as each of the six callers, including
 * objects of the other organisation (IDOR). One row per endpoint or page; the columns are the
 * callers in the order of {@link #CALLERS}. {@code OK} is any 2xx, {@code NO} 401, {@code DENY} 403,
 * {@code HIDE} 404 (the object is not even admitted to exist), {@code RULE} 409 (allowed, refused by a business
 * rule), {@code LOGIN} the redirect to the login form.
 * Endpoints in /openapi and pages in the WAR that have no row fail the test: new ones must be added here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorisationMatrixIT {

    static final List<String> CALLERS = List.of("anonymous", "learner", "trainer", "hr-musterstadt", "hr-beispielkreis", "admin");
    static final int OK = 200, NO = 401, DENY = 403, HIDE = 404, LOGIN = 302;
    /** The online backup is Derby's: on PostgreSQL the admin gets past every check and then a 409 (use pg_dump). */
    private static final int ONLINE_BACKUP = TestDatabase.isPostgres() ? 409 : OK;
    /** Allowed, but refused by a business rule (e.g. no refresher due yet): the caller got past the access check. */
    static final int RULE = 409;
    private static final String JSON = "application/json", CSV = "text/csv";

    /** Paths and bodies name the objects of {@link MatrixFixtures}: A = Stadt Musterstadt, B = Landkreis Beispielkreis. */
    static final List<Cell.Row> REST = List.of(
        //   method  path                                                            body                anon learner trainer hrA   hrB   admin
        get("api/me",                                                                                    NO,  OK,   OK,   OK,   OK,   OK),
        get("api/me/progress",                                                                           NO,  OK,   OK,   OK,   OK,   DENY),
        get("api/me/certificates",                                                                       NO,  OK,   OK,   OK,   OK,   OK),
        get("api/me/data",                                                                               NO,  OK,   OK,   OK,   OK,   OK),
        get("api/me/data/pdf",                                                                           NO,  OK,   OK,   OK,   OK,   OK),
        get("api/privacy/retention",                                                                     NO,  DENY, DENY, DENY, DENY, OK),
        post("api/privacy/people/{newPerson}/anonymisation", "",                                         NO,  DENY, DENY, DENY, DENY, OK),
        post("api/admin/backup", "",                                                                     NO,  DENY, DENY, DENY, DENY, ONLINE_BACKUP),
        get("api/me/attempts/{attemptA}",                                                                NO,  OK,   HIDE, HIDE, HIDE, DENY),
        put("api/me/attempts/{attemptA}/answers/{question}", "{\"chosen\":[0]}",                       NO,  OK,   HIDE, HIDE, HIDE, DENY),
        post("api/me/attempts/{newAttempt}/submit", "",                                                  NO,  OK,   HIDE, HIDE, HIDE, DENY),
        get("api/people",                                                                                NO,  DENY, DENY, OK,   OK,   OK).hiding(4, "lena.lehmann"),
        post("api/people", person("{unique}", "{orgA}"),                                                 NO,  DENY, DENY, DENY, DENY, OK),
        post("api/people/import", CSV, "vorname;nachname;email;organisation;sprache\nImport;Matrix;import.{unique}@example.org;Stadt Musterstadt;de\n",
                                                                                                         NO,  DENY, DENY, DENY, DENY, OK),
        get("api/people/{personA}",                                                                      NO,  DENY, DENY, OK,   HIDE, OK),
        get("api/people/{personB}",                                                                      NO,  DENY, DENY, HIDE, OK,   OK),
        put("api/people/{personA}", "{\"givenName\":\"Lena\",\"familyName\":\"Lehmann\",\"email\":\"lena.lehmann@musterstadt.example\","
                + "\"organisationId\":{learnerOrg},\"language\":\"de\"}",                               NO,  DENY, DENY, DENY, DENY, OK),
        put("api/people/{newPerson}/account", "{\"roles\":[\"LEARNER\"],\"username\":\"{newPerson.username}\",\"initialPassword\":\"right-password-123\"}",
                                                                                                         NO,  DENY, DENY, DENY, DENY, OK),
        get("api/organisations",                                                                         NO,  DENY, DENY, OK,   OK,   OK),
        post("api/organisations", "{\"parentId\":{orgA},\"name\":\"Matrix-Amt {unique}\",\"kind\":\"ORG_UNIT\"}",
                                                                                                         NO,  DENY, DENY, DENY, DENY, OK),
        get("api/organisations/{orgA}/children",                                                         NO,  DENY, DENY, OK,   DENY, OK),
        get("api/organisations/{orgB}/children",                                                         NO,  DENY, DENY, DENY, OK,   OK),
        get("api/courses",                                                                               NO,  OK,   OK,   OK,   OK,   OK),
        get("api/courses/" + MatrixFixtures.COURSE,                                                      NO,  OK,   OK,   OK,   OK,   DENY),
        get("api/courses/" + MatrixFixtures.COURSE + "/lessons/{lesson}",                                NO,  OK,   OK,   OK,   OK,   DENY),
        post("api/courses/" + MatrixFixtures.COURSE + "/lessons/{lesson}/done", "",                      NO,  OK,   OK,   OK,   OK,   DENY),
        post("api/courses/" + MatrixFixtures.COURSE + "/quizzes/{quiz}/attempts", "",                    NO,  OK,   OK,   OK,   OK,   DENY),
        post("api/admin/course-imports", "",                                                             NO,  DENY, DENY, DENY, DENY, OK),
        post("api/admin/mail-test", "{\"to\":\"matrix@example.org\",\"language\":\"de\"}",              NO,  DENY, DENY, DENY, DENY, OK),
        get("api/admin/outbox",                                                                          NO,  DENY, DENY, DENY, DENY, OK).withDiagnostics(),
        get("api/cohorts",                                                                               NO,  OK,   OK,   OK,   OK,   OK),
        post("api/cohorts", MatrixFixtures.cohortForm("[]", "NONE"),                                     NO,  DENY, OK,   DENY, DENY, OK),
        get("api/cohorts/{cohort}",                                                                      NO,  OK,   OK,   OK,   OK,   OK),
        get("api/cohorts/{newCohort}",                                                                   NO,  HIDE, OK,   HIDE, HIDE, OK),
        put("api/cohorts/{openCohort}", MatrixFixtures.cohortForm("[{trainerPerson}]", "NONE"),         NO,  DENY, OK,   DENY, DENY, OK),
        put("api/cohorts/{foreignCohort}", MatrixFixtures.cohortForm("[]", "NONE"),                     NO,  DENY, DENY, DENY, DENY, OK),
        post("api/cohorts/{newCohort}/status", "{\"status\":\"OPEN\"}",                                  NO,  DENY, OK,   DENY, DENY, OK),
        post("api/cohorts/{newForeignCohort}/status", "{\"status\":\"OPEN\"}",                           NO,  DENY, DENY, DENY, DENY, OK),
        post("api/cohorts/{openCohort}/copies", "{\"startsOn\":\"2030-01-07\"}",                        NO,  DENY, OK,   DENY, DENY, OK),
        post("api/cohorts/{foreignCohort}/copies", "{\"startsOn\":\"2030-01-07\"}",                     NO,  DENY, DENY, DENY, DENY, OK),
        get("api/cohorts/{cohort}/applications",                                                         NO,  OK,   OK,   OK,   OK,   OK).hiding(4, "lena.lehmann"),
        post("api/cohorts/{openCohort}/applications", "{\"note\":\"Matrix\"}",                          NO,  OK,   OK,   OK,   OK,   DENY),
        post("api/cohorts/{newPending.cohort}/applications/{newPending}/approval", "",                   NO,  DENY, OK,   HIDE, HIDE, OK),
        post("api/cohorts/{newSupervised.cohort}/applications/{newSupervised}/approval", "",             NO,  DENY, OK,   OK,   HIDE, OK),
        post("api/cohorts/{newPending.cohort}/applications/{newPending}/decline", "{\"reason\":\"Matrix\"}",
                                                                                                         NO,  DENY, OK,   HIDE, HIDE, OK),
        delete("api/cohorts/{newPending.cohort}/applications/{newPending}",                              NO,  OK,   OK,   HIDE, HIDE, OK),
        get("api/cohorts/{cohort}/enrolments",                                                           NO,  OK,   OK,   OK,   OK,   OK).hiding(4, "lena.lehmann"),
        post("api/cohorts/{newCohort}/enrolments", "{\"personId\":{personB}}",                           NO,  DENY, OK,   DENY, DENY, OK),
        post("api/cohorts/{newCohort}/enrolments/import", CSV, "email\nlena.lehmann@musterstadt.example\n",
                                                                                                         NO,  DENY, OK,   DENY, DENY, OK),
        post("api/cohorts/{foreignCohort}/enrolments", "{\"personId\":{personB}}",                       NO,  DENY, DENY, DENY, DENY, OK),
        get("api/cohorts/{cohort}/dashboard",                                                            NO,  DENY, OK,   DENY, DENY, OK),
        get("api/cohorts/{foreignCohort}/dashboard",                                                     NO,  DENY, DENY, DENY, DENY, OK),
        post("api/cohorts/{cohort}/reminders", "{\"participantIds\":[{participantA}],\"text\":\"Matrix\"}",
                                                                                                         NO,  DENY, OK,   DENY, DENY, OK),
        get("api/cohorts/{cohort}/attendance",                                                           NO,  OK,   OK,   OK,   OK,   OK).hiding(4, "lena.lehmann"),
        get("api/cohorts/{cohort}/sessions",                                                             NO,  OK,   OK,   OK,   OK,   OK),
        post("api/cohorts/{cohort}/sessions", MatrixFixtures.sessionForm(),                              NO,  DENY, OK,   DENY, DENY, OK),
        post("api/cohorts/{foreignCohort}/sessions", MatrixFixtures.sessionForm(),                       NO,  DENY, DENY, DENY, DENY, OK),
        put("api/cohorts/{cohort}/sessions/{session}", MatrixFixtures.sessionForm(),                     NO,  DENY, OK,   DENY, DENY, OK),
        delete("api/cohorts/{cohort}/sessions/{newSession}",                                             NO,  DENY, OK,   DENY, DENY, OK),
        get("api/cohorts/{cohort}/sessions.ics",                                                         NO,  OK,   OK,   DENY, DENY, OK),
        get("api/cohorts/{cohort}/sessions/{session}/attendance",                                        NO,  OK,   OK,   OK,   OK,   OK).hiding(4, "lena.lehmann"),
        put("api/cohorts/{cohort}/sessions/{session}/attendance", "[{\"participantId\":{participantA},\"status\":\"PRESENT\"}]",
                                                                                                         NO,  DENY, OK,   DENY, DENY, OK),
        put("api/cohorts/{cohort}/sessions/{session}/attendance/{participantB}", "{\"status\":\"PRESENT\"}",
                                                                                                         NO,  DENY, OK,   DENY, DENY, OK),
        post("api/cohorts/{cohort}/sessions/{session}/attendance/import", CSV,
                "name;email;join;leave\nLena Lehmann;lena.lehmann@musterstadt.example;{sessionStart};{sessionEnd}\n",
                                                                                                         NO,  DENY, OK,   DENY, DENY, OK),
        get("api/cohorts/{cohort}/certificates",                                                         NO,  DENY, OK,   DENY, DENY, OK),
        post("api/cohorts/{cohort}/certificates", "",                                                    NO,  DENY, OK,   DENY, DENY, OK),
        get("api/cohorts/{cohort}/certificates/zip",                                                     NO,  DENY, OK,   DENY, DENY, OK),
        get("api/cohorts/{foreignCohort}/certificates",                                                  NO,  DENY, DENY, DENY, DENY, OK),
        get("api/certificates/zip?org={orgA}",                                                           NO,  DENY, DENY, OK,   DENY, OK),
        get("api/certificates/zip?org={orgB}",                                                           NO,  DENY, DENY, DENY, OK,   OK),
        get("api/certificates/{certA}/credential",                                                       NO,  OK,   OK,   OK,   HIDE, OK),
        get("api/certificates/{certC}/credential",                                                       NO,  HIDE, HIDE, HIDE, HIDE, OK),
        get("api/certificates/{certA}/pdf",                                                              NO,  OK,   OK,   OK,   HIDE, OK),
        get("api/certificates/{certC}/pdf",                                                              NO,  HIDE, HIDE, HIDE, HIDE, OK),
        post("api/certificates/{newCertificate}/revocation", "{\"reason\":\"Matrix\"}",                 NO,  DENY, HIDE, DENY, DENY, OK),
        post("api/certificates/{newCertificate}/reissue", "{\"reason\":\"Matrix\",\"holderName\":\"Matrix Person\"}",
                                                                                                         NO,  DENY, HIDE, DENY, DENY, OK),
        get("api/me/refreshers",                                                                         NO,  OK,   OK,   OK,   OK,   DENY),
        post("api/me/refreshers/informationssicherheit", "",                                             NO,  RULE, RULE, RULE, RULE, DENY),
        get("api/me/training",                                                                           NO,  OK,   OK,   OK,   OK,   OK),
        get("api/reports/completion?format=json",                                                        NO,  DENY, DENY, OK,   OK,   OK),
        get("api/reports/completion?format=csv&organisation={orgA}",                                     NO,  DENY, DENY, OK,   DENY, OK),
        get("api/reports/summary?organisation={orgB}",                                                   NO,  DENY, DENY, DENY, OK,   OK),
        get("api/reports/expiring?organisation={orgA}",                                                  NO,  DENY, DENY, OK,   DENY, OK),
        get("api/reports/people/{personA}",                                                              NO,  DENY, DENY, OK,   HIDE, OK),
        get("api/reports/audit",                                                                         NO,  DENY, DENY, DENY, DENY, OK),
        put("api/reports/settings/{orgA}", "{\"showScores\":false}",                                    NO,  DENY, DENY, DENY, DENY, OK),
        get("api/assignments",                                                                           NO,  DENY, DENY, OK,   OK,   OK).hiding(4, "Lehmann"),
        post("api/assignments", "{\"course\":\"informationssicherheit\",\"personId\":{personA},\"dueOn\":\"2030-01-31\"}",
                                                                                                         NO,  DENY, DENY, OK,   HIDE, OK),
        delete("api/assignments/{newAssignment}",                                                        NO,  DENY, DENY, OK,   HIDE, OK),
        get("api/status-lists/1",                                                                        OK,  OK,   OK,   OK,   OK,   OK),
        post("api/verify", "{credentialA}",                                                              OK,  OK,   OK,   OK,   OK,   OK));

    /** Pages through a form-login session; viewParams point at objects of the other organisation where there are any. */
    static final List<Cell.Row> PAGES = List.of(
        //    path                                                                                      anon   learner trainer hrA   hrB   admin
        page("index.xhtml",                                                                              OK,    OK,   OK,   OK,   OK,   OK),
        page("login.xhtml",                                                                              OK,    OK,   OK,   OK,   OK,   OK),
        page("verify.xhtml?id={certA}",                                                                  OK,    OK,   OK,   OK,   OK,   OK),
        page("verify-credential.xhtml",                                                                  OK,    OK,   OK,   OK,   OK,   OK),
        page("barrierefreiheit.xhtml"  ,                                                                  OK,    OK,   OK,   OK,   OK,   OK),
        page("leichte-sprache.xhtml"   ,                                                                  OK,    OK,   OK,   OK,   OK,   OK),
        page("error/403.xhtml",                                                                          OK,    OK,   OK,   OK,   OK,   OK),
        page("error/404.xhtml",                                                                          OK,    OK,   OK,   OK,   OK,   OK),
        page("error/500.xhtml",                                                                          OK,    OK,   OK,   OK,   OK,   OK),
        page("error/expired.xhtml",                                                                      OK,    OK,   OK,   OK,   OK,   OK),
        page("learner/index.xhtml",                                                                      LOGIN, OK,   OK,   OK,   OK,   DENY),
        page("learner/my-data.xhtml",                                                                    LOGIN, OK,   OK,   OK,   OK,   DENY),
        page("learner/catalogue.xhtml",                                                                  LOGIN, OK,   OK,   OK,   OK,   DENY),
        page("learner/certificates.xhtml",                                                               LOGIN, OK,   OK,   OK,   OK,   DENY),
        page("learner/cohorts.xhtml",                                                                    LOGIN, OK,   OK,   OK,   OK,   DENY),
        page("learner/course.xhtml?id=" + MatrixFixtures.COURSE,                                        LOGIN, OK,   OK,   OK,   OK,   DENY),
        page("learner/lesson.xhtml?course=" + MatrixFixtures.COURSE + "&lesson={lesson}",               LOGIN, OK,   OK,   OK,   OK,   DENY),
        page("learner/print.xhtml?course=" + MatrixFixtures.COURSE + "&module={module}",                LOGIN, OK,   OK,   OK,   OK,   DENY),
        page("learner/quiz.xhtml?course=" + MatrixFixtures.COURSE + "&quiz={quiz}&attempt={attemptA}",  LOGIN, OK,   HIDE, HIDE, HIDE, DENY),
        page("trainer/index.xhtml",                                                                      LOGIN, DENY, OK,   DENY, DENY, DENY),
        page("trainer/cohort.xhtml?id={cohort}",                                                         LOGIN, DENY, OK,   DENY, DENY, DENY),
        page("trainer/cohort.xhtml?id={foreignCohort}",                                                  LOGIN, DENY, DENY, DENY, DENY, DENY),
        page("trainer/cohort-edit.xhtml?id={cohort}",                                                    LOGIN, DENY, OK,   DENY, DENY, DENY),
        page("trainer/cohort-edit.xhtml?id={foreignCohort}",                                             LOGIN, DENY, DENY, DENY, DENY, DENY),
        page("trainer/dashboard.xhtml?id={cohort}",                                                      LOGIN, DENY, OK,   DENY, DENY, DENY),
        page("trainer/dashboard.xhtml?id={foreignCohort}",                                               LOGIN, DENY, DENY, DENY, DENY, DENY),
        page("trainer/sessions.xhtml?id={cohort}",                                                       LOGIN, DENY, OK,   DENY, DENY, DENY),
        page("trainer/sessions.xhtml?id={foreignCohort}",                                                LOGIN, DENY, DENY, DENY, DENY, DENY),
        page("trainer/attendance.xhtml?cohort={cohort}&session={session}",                               LOGIN, DENY, OK,   DENY, DENY, DENY),
        page("trainer/attendance.xhtml?cohort={foreignCohort}&session={session}",                        LOGIN, DENY, HIDE, DENY, DENY, DENY),
        page("trainer/certificates.xhtml?id={cohort}",                                                   LOGIN, DENY, OK,   DENY, DENY, DENY),
        page("trainer/certificates.xhtml?id={foreignCohort}",                                            LOGIN, DENY, DENY, DENY, DENY, DENY),
        page("hr/assignments.xhtml",                                                                     LOGIN, DENY, DENY, OK,   OK,   OK),
        page("hr/expiring.xhtml",                                                                        LOGIN, DENY, DENY, OK,   OK,   OK),
        page("hr/record.xhtml?person={personA}",                                                         LOGIN, DENY, DENY, OK,   HIDE, OK),
        page("hr/report-download.xhtml?token=kein-gueltiger-link",                                       LOGIN, DENY, DENY, HIDE, HIDE, HIDE),
        page("hr/reports.xhtml",                                                                         LOGIN, DENY, DENY, OK,   OK,   OK),
        page("hr/summary.xhtml",                                                                         LOGIN, DENY, DENY, OK,   OK,   OK),
        page("hr/index.xhtml",                                                                           LOGIN, DENY, DENY, OK,   OK,   OK),
        page("people/index.xhtml",                                                                       LOGIN, DENY, DENY, OK,   OK,   OK),
        page("people/edit.xhtml?id={personA}",                                                           LOGIN, DENY, DENY, DENY, DENY, OK),
        page("admin/index.xhtml",                                                                        LOGIN, DENY, DENY, DENY, DENY, OK),
        page("admin/courses.xhtml",                                                                      LOGIN, DENY, DENY, DENY, DENY, OK),
        page("admin/organisations.xhtml",                                                                LOGIN, DENY, DENY, DENY, DENY, OK),
        page("admin/outbox.xhtml",                                                                       LOGIN, DENY, DENY, DENY, DENY, OK).withDiagnostics(),
        page("admin/retention.xhtml",                                                                    LOGIN, DENY, DENY, DENY, DENY, OK),
        page("admin/people-import.xhtml",                                                                LOGIN, DENY, DENY, DENY, DENY, OK),
        // not Faces pages, public by design
        page("verify/{certA}",                                                                           OK,    OK,   OK,   OK,   OK,   OK),
        page(".well-known/did.json",                                                                     OK,    OK,   OK,   OK,   OK,   OK),
        page("health/ready",                                                                             OK,    OK,   OK,   OK,   OK,   OK));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.academy();
    }

    @ArquillianResource URL base;

    /** Made once per server (it costs some hundred calls); the tests only read it or make fresh objects. */
    private static MatrixFixtures fixtures;

    private synchronized MatrixFixtures fixtures() {
        if (fixtures == null) {
            fixtures = new MatrixFixtures(base);
        }
        return fixtures;
    }

    @Test
    void everyRestCellAsExpected() {
        MatrixFixtures fixtures = fixtures();
        List<String> wrong = new ArrayList<>();
        for (Cell.Row row : REST) {
            Map<String, Map<String, String>> sharedByRefusedCells = new HashMap<>();
            for (int caller = 0; caller < CALLERS.size(); caller++) {
                MatrixClient client = client(caller);
                // a refused call cannot use its object up, so only allowed cells need fresh objects
                Map<String, Map<String, String>> cell = row.expected()[caller] == OK ? new HashMap<>() : sharedByRefusedCells;
                MatrixClient.Reply reply = client.api(row.method(), fixtures.resolve(row.path(), cell), row.contentType(),
                        fixtures.resolve(row.body(), cell));
                row.check(caller, reply, fixtures).ifPresent(wrong::add);
            }
        }
        assertThat(wrong).as("cells of %d REST rows x %d callers", REST.size(), CALLERS.size()).isEmpty();
    }

    @Test
    void everyPageCellAsExpected() {
        MatrixFixtures fixtures = fixtures();
        List<String> wrong = new ArrayList<>();
        for (int caller = 0; caller < CALLERS.size(); caller++) {
            MatrixClient client = client(caller).loggedIn();
            for (Cell.Row row : PAGES) {
                MatrixClient.Reply reply = client.page(fixtures.resolve(row.path(), new HashMap<>()));
                row.check(caller, reply, fixtures).ifPresent(wrong::add);
            }
        }
        assertThat(wrong).as("cells of %d page rows x %d callers", PAGES.size(), CALLERS.size()).isEmpty();
    }

    @Test
    void everyEndpointOfTheOpenApiDocumentIsInTheMatrix() {
        JsonObject paths = Json.createReader(new StringReader(client(0).api("GET", "openapi?format=json", null, (String) null).body()))
                .readObject().getJsonObject("paths");
        Set<String> published = new TreeSet<>();
        paths.forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                .filter(Set.of("get", "put", "post", "delete", "patch")::contains)
                .forEach(method -> published.add(method.toUpperCase() + " " + path)));
        Set<String> covered = REST.stream().map(Cell.Row::endpoint).collect(Collectors.toSet());
        assertThat(published).as("endpoints in /openapi").hasSizeGreaterThan(50);
        assertThat(published.stream().filter(endpoint -> covered.stream().noneMatch(c -> matches(c, endpoint))).toList())
                .as("endpoints without a row in the authorisation matrix").isEmpty();
    }

    @Test
    void everyPageOfTheWarIsInTheMatrix() throws IOException {
        Path webapp = Path.of("src/main/webapp");
        Set<String> covered = PAGES.stream().map(row -> row.path().replaceAll("\\?.*", "")).collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(webapp)) {
            List<String> pages = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("WEB-INF/") && !p.startsWith("resources/"))
                    .toList();
            assertThat(pages).as("pages in src/main/webapp").hasSizeGreaterThan(30);
            assertThat(pages.stream().filter(p -> !covered.contains(p)).toList())
                    .as("pages without a row in the authorisation matrix").isEmpty();
        }
    }

    /** {@code GET /api/courses/it-architektur/lessons/{lesson}} matches {@code GET /api/courses/{id}/lessons/{lessonId}}. */
    private static boolean matches(String covered, String published) {
        String[] mine = covered.split("/");
        String[] theirs = published.split("/");
        if (mine.length != theirs.length) {
            return false;
        }
        for (int i = 0; i < mine.length; i++) {
            boolean template = theirs[i].startsWith("{") && theirs[i].endsWith("}");
            if (!template && !theirs[i].equals(mine[i])) {
                return false;
            }
        }
        return true;
    }

    private MatrixClient client(int caller) {
        URI root = Deployments.local(base);
        return new MatrixClient(root, caller == 0 ? null : CALLERS.get(caller));
    }

    private static Cell.Row get(String path, int... expected) {
        return new Cell.Row("GET", path, null, null, expected, -1, null, false);
    }

    private static Cell.Row delete(String path, int... expected) {
        return new Cell.Row("DELETE", path, null, null, expected, -1, null, false);
    }

    private static Cell.Row post(String path, String body, int... expected) {
        return new Cell.Row("POST", path, JSON, body, expected, -1, null, false);
    }

    private static Cell.Row post(String path, String contentType, String body, int... expected) {
        return new Cell.Row("POST", path, contentType, body, expected, -1, null, false);
    }

    private static Cell.Row put(String path, String body, int... expected) {
        return new Cell.Row("PUT", path, JSON, body, expected, -1, null, false);
    }

    private static Cell.Row page(String path, int... expected) {
        return new Cell.Row("PAGE", path, null, null, expected, -1, null, false);
    }

    private static String person(String tag, String organisation) {
        return "{\"givenName\":\"Matrix\",\"familyName\":\"Person " + tag + "\",\"email\":\"matrix." + tag
                + "@example.org\",\"organisationId\":" + organisation + ",\"language\":\"de\"}";
    }
}
