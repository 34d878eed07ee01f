package de.smartcity.academy.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.support.Api;
import de.smartcity.academy.support.Browser;
import de.smartcity.academy.support.Deployments;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Mandatory training and HR reports over HTTP and in the browser, on the demo data: Stadt Musterstadt
 * made security awareness mandatory (due in four weeks, yearly) and AI literacy for its digital office
 * (due two weeks ago); the demo learner completed security awareness.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.academy();
    }

    @ArquillianResource URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void hrOfMusterstadtSeesOnlyMusterstadtInEveryReportFilterAndExport() throws Exception {
        long beispielkreis = rootOf("hr-beispielkreis");
        try (Api hr = Api.as(base, "hr-musterstadt")) {
            List<String> emails = allRows(hr, "").stream().map(row -> row.getString("email")).toList();
            assertThat(emails).isNotEmpty().allMatch(email -> email.endsWith("@musterstadt.example"));
            for (String path : List.of("api/reports/completion?organisation=" + beispielkreis,
                    "api/reports/completion?format=csv&organisation=" + beispielkreis,
                    "api/reports/summary?organisation=" + beispielkreis,
                    "api/reports/expiring?organisation=" + beispielkreis)) {
                try (Response response = hr.get(path)) {
                    assertThat(response.getStatus()).as(path).isEqualTo(403);
                    assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
                }
            }
            long beispielkreisPerson = firstPerson("hr-beispielkreis");
            try (Response response = hr.get("api/reports/people/" + beispielkreisPerson)) {
                assertThat(response.getStatus()).isEqualTo(404);
            }
            JsonObject summary = hr.getJson("api/reports/summary");
            assertThat(summary.getJsonObject("total").getString("name")).isEqualTo("Stadt Musterstadt");
            assertThat(summary.getJsonArray("units").getValuesAs(JsonObject.class))
                    .extracting(unit -> unit.getString("name")).noneMatch(name -> name.contains("Beispielkreis"));
        }
        String csv = download("hr-musterstadt", "csv", "");
        assertThat(csv).contains("musterstadt.example").doesNotContain("beispielkreis");
        List<List<String>> rows = xlsxRows("hr-musterstadt", "");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(2))
                .allMatch(email -> email.endsWith("@musterstadt.example"));
        try (Api other = Api.as(base, "hr-beispielkreis")) {
            assertThat(allRows(other, "")).extracting(row -> row.getString("email"))
                    .noneMatch(email -> email.endsWith("@musterstadt.example"));
        }
    }

    @Test
    void statusesFollowTheDueDatesOfTheDemoAssignments() {
        try (Api learner = Api.as(base, "learner")) {
            List<JsonObject> mine = learner.getJson("api/me/training").getJsonArray("items").getValuesAs(JsonObject.class);
            assertThat(mine).extracting(t -> t.getString("courseId") + "=" + t.getString("status"))
                    .containsExactlyInAnyOrder("ki-in-der-verwaltung=OVERDUE", "informationssicherheit=COMPLETED");
            JsonObject security = mine.stream().filter(t -> t.getString("courseId").equals("informationssicherheit"))
                    .findFirst().orElseThrow();
            assertThat(LocalDate.parse(security.getString("validUntil"))).isAfter(LocalDate.now());
        }
        try (Api hr = Api.as(base, "hr-musterstadt")) {
            JsonObject overdue = hr.getJson("api/reports/completion?status=OVERDUE&course=ki-in-der-verwaltung");
            assertThat(overdue.getInt("total")).isPositive();
            assertThat(overdue.getJsonArray("items").getValuesAs(JsonObject.class))
                    .allMatch(row -> LocalDate.parse(row.getString("dueOn")).isBefore(LocalDate.now()));
            JsonObject dueToday = assign(hr, "{\"course\":\"it-architektur\",\"organisationId\":" + unit(hr, "Bauamt (Musterstadt)")
                    + ",\"dueOn\":\"" + LocalDate.now() + "\"}");
            assertThat(hr.getJson("api/reports/completion?course=it-architektur&status=OVERDUE").getInt("total"))
                    .as("due today is not overdue yet").isZero();
            assertThat(hr.getJson("api/reports/completion?course=it-architektur&status=NOT_STARTED").getInt("total"))
                    .isEqualTo(dueToday.getInt("people"));
            try (Response withdrawn = hr.request("api/assignments/" + dueToday.getInt("id")).delete()) {
                assertThat(withdrawn.getStatus()).isEqualTo(204);
            }
            assertThat(hr.getJson("api/reports/completion?course=it-architektur").getInt("total")).isZero();
        }
    }

    @Test
    void newStaffInAnAssignedUnitGetTheTrainingAndLoseItWhenTheyMoveAway() {
        String email = "neu-" + UUID.randomUUID().toString().substring(0, 8) + "@musterstadt.example";
        long bauamt;
        long person;
        try (Api hr = Api.as(base, "hr-musterstadt")) {
            bauamt = unit(hr, "Bauamt (Musterstadt)");
        }
        try (Api admin = Api.as(base, "admin");
             Response created = admin.postJson("api/people", "{\"givenName\":\"Nele\",\"familyName\":\"Neumann\",\"email\":\""
                     + email + "\",\"organisationId\":" + bauamt + ",\"language\":\"de\"}")) {
            assertThat(created.getStatus()).isEqualTo(201);
            person = created.readEntity(JsonObject.class).getJsonNumber("id").longValue();
        }
        try (Api hr = Api.as(base, "hr-musterstadt")) {
            JsonObject record = hr.getJson("api/reports/people/" + person);
            assertThat(record.getJsonArray("courses").getValuesAs(JsonObject.class))
                    .extracting(row -> row.getString("courseIri") + "=" + row.getString("status"))
                    .containsExactly("urn:smartcity-academy:course:informationssicherheit=NOT_STARTED");
        }
        long beispielkreis = rootOf("hr-beispielkreis");
        try (Api admin = Api.as(base, "admin");
             Response moved = admin.putJson("api/people/" + person, "{\"givenName\":\"Nele\",\"familyName\":\"Neumann\","
                     + "\"email\":\"" + email + "\",\"organisationId\":" + beispielkreis + ",\"language\":\"de\"}")) {
            assertThat(moved.getStatus()).isEqualTo(200);
        }
        try (Api hr = Api.as(base, "hr-beispielkreis")) {
            assertThat(hr.getJson("api/reports/people/" + person).getJsonArray("courses")).isEmpty();
        }
    }

    @Test
    void assignmentsRejectIncompleteOrForeignInputWithFieldErrors() {
        long beispielkreis = rootOf("hr-beispielkreis");
        try (Api hr = Api.as(base, "hr-musterstadt")) {
            long before = hr.getJson("api/assignments").getInt("total");
            try (Response both = hr.postJson("api/assignments", "{\"course\":\"informationssicherheit\",\"program\":"
                    + "\"smart-city-manager\",\"dueOn\":\"" + LocalDate.now().plusDays(5) + "\"}")) {
                assertThat(both.getStatus()).isEqualTo(400);
                assertThat(both.readEntity(String.class)).contains("\"course\"", "\"organisationId\"");
            }
            try (Response past = hr.postJson("api/assignments", "{\"course\":\"informationssicherheit\",\"organisationId\":"
                    + rootOf("hr-musterstadt") + ",\"dueOn\":\"" + LocalDate.now().minusDays(1) + "\"}")) {
                assertThat(past.getStatus()).isEqualTo(400);
                assertThat(past.readEntity(String.class)).contains("dueOn");
            }
            try (Response foreign = hr.postJson("api/assignments", "{\"course\":\"informationssicherheit\",\"organisationId\":"
                    + beispielkreis + ",\"dueOn\":\"" + LocalDate.now().plusDays(5) + "\"}")) {
                assertThat(foreign.getStatus()).isEqualTo(403);
            }
            assertThat(hr.getJson("api/assignments").getInt("total")).isEqualTo(before);
        }
    }

    @Test
    void exportsOpenInReadersWithHeadersAllRowsAndUmlautsAndEveryLookIsAudited() throws Exception {
        int total;
        try (Api hr = Api.as(base, "hr-musterstadt")) {
            total = hr.getJson("api/reports/completion").getInt("total");
        }
        byte[] raw = downloadBytes("hr-musterstadt", "csv", "");
        assertThat(raw).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(new String(raw, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(records.get(0).toList()).startsWith("Nachname", "Vorname", "E-Mail", "Organisationseinheit", "Kurs",
                "Status", "Fällig am");
        assertThat(records).hasSize(total + 1);
        assertThat(records).extracting(r -> r.get(0)).contains("Köhler");

        List<List<String>> rows = xlsxRows("hr-musterstadt", "");
        assertThat(rows).hasSize(total + 1);
        assertThat(rows.get(0)).startsWith("Nachname", "Vorname", "E-Mail");
        assertThat(rows).extracting(row -> row.get(1)).contains("Jürgen");
        assertThat(rows.get(0)).as("scores stay hidden by default").doesNotContain("Punktzahl");

        try (Api admin = Api.as(base, "admin")) {
            List<String> outputs = admin.getJson("api/reports/audit?actor=hr-musterstadt&size=200").getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream().map(a -> a.getString("output")).toList();
            assertThat(outputs).contains("json", "csv", "xlsx");
        }
    }

    @Test
    void anAdminCanEnableScoresForAnOrganisation() throws Exception {
        long musterstadt = rootOf("hr-musterstadt");
        try (Api admin = Api.as(base, "admin"); Api hr = Api.as(base, "hr-musterstadt")) {
            try (Response denied = hr.putJson("api/reports/settings/" + musterstadt, "{\"showScores\":true}")) {
                assertThat(denied.getStatus()).isEqualTo(403);
            }
            try (Response enabled = admin.putJson("api/reports/settings/" + musterstadt, "{\"showScores\":true}")) {
                assertThat(enabled.getStatus()).isEqualTo(204);
            }
            assertThat(hr.getJson("api/reports/completion?status=COMPLETED").getBoolean("scoresShown")).isTrue();
            assertThat(download("hr-musterstadt", "csv", "&status=COMPLETED")).contains("Punktzahl");
            try (Response disabled = admin.putJson("api/reports/settings/" + musterstadt, "{\"showScores\":false}")) {
                assertThat(disabled.getStatus()).isEqualTo(204);
            }
        }
    }

    @Test
    void hrFiltersTheReportInTheBrowserAndDownloadsTheXlsx() throws Exception {
        int overdue;
        try (Api hr = Api.as(base, "hr-musterstadt")) {
            overdue = hr.getJson("api/reports/completion?status=OVERDUE").getInt("total");
        }
        assertThat(overdue).isPositive();
        try (Browser browser = Browser.open(base)) {
            browser.go("login.xhtml").login("hr-musterstadt", Api.DEMO_PASSWORD);
            browser.find(By.id("toReport")).click();
            choose(browser, "filters:status", "Überfällig");
            browser.find(By.id("filters:apply")).click();
            // the first filtered render of a report warms up a lot of code: allow for a slow, busy machine
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("totals"), overdue + " Einträge"));
            assertThat(browser.driver().findElements(By.cssSelector("#filters\\:table_data tr"))).hasSize(overdue);
            confirmPasswordBeforeTheExport(browser);
            browser.find(By.id("filters:exportXlsx")).click();
            Path file = browser.downloaded(".xlsx");
            try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
                List<Row> rows = workbook.getFirstSheet().read();
                assertThat(rows).hasSize(overdue + 1);
                assertThat(rows.subList(1, rows.size())).allMatch(row -> row.getCellText(5).equals("Überfällig"));
            }
        }
    }

    /**
     * Picks an option of a PrimeFaces menu. On a busy machine the panel may still be opening (its items have no size
     * yet) or a click may get lost: open the panel only when it is closed, wait until the option can be clicked.
     */
    private static void choose(Browser browser, String menuId, String label) {
        By option = By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li[data-label='" + label + "']");
        By chosen = By.id(menuId + "_label");
        for (int attempt = 1; ; attempt++) {
            try {
                if (browser.driver().findElements(option).stream().noneMatch(WebElement::isDisplayed)) {
                    browser.find(By.id(menuId)).click();
                }
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                        .until(ExpectedConditions.elementToBeClickable(option)).click();
                new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                        .until(ExpectedConditions.textToBePresentInElementLocated(chosen, label));
                return;
            } catch (org.openqa.selenium.WebDriverException lost) {
                if (attempt == 3) {
                    throw lost;
                }
            }
        }
    }

    /**
     * The session alone does not export personal data: neither the page nor the REST API with the session
     * cookie, until the password is confirmed again; a wrong password is a field error.
     */
    private void confirmPasswordBeforeTheExport(Browser browser) throws Exception {
        // all of the session's cookies: the distributable application also needs JSESSIONIDVERSION
        String session = browser.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        assertThat(browser.driver().findElements(By.id("filters:exportXlsx"))).isEmpty();
        for (String export : List.of("api/reports/completion?format=csv", "api/me/data")) {
            HttpResponse<String> refused = withSession(session, export);
            assertThat(refused.statusCode()).as(export).isEqualTo(403);
            assertThat(refused.body()).contains("reauthentication-required");
        }
        browser.find(By.id("filters:unlockExport")).click();
        browser.find(By.id("reauth:password")).sendKeys("falsch-" + Api.DEMO_PASSWORD);
        browser.find(By.id("reauth:confirm")).click();
        browser.waitForText(By.id("reauthDialog"), "Das Passwort ist nicht richtig.");
        assertThat(browser.driver().findElements(By.id("filters:exportXlsx"))).isEmpty();
        browser.find(By.id("reauth:password")).sendKeys(Api.DEMO_PASSWORD);
        browser.find(By.id("reauth:confirm")).click();
        browser.waitForText(By.id("filters:messages"), "Passwort bestätigt");
        browser.waitForFocus(browser.find(By.id("filters:exportXlsx")));
        for (String export : List.of("api/reports/completion?format=csv", "api/me/data")) {
            assertThat(withSession(session, export).statusCode()).as(export).isEqualTo(200);
        }
    }

    private HttpResponse<String> withSession(String cookie, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(Deployments.local(base).resolve(path)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<JsonObject> allRows(Api api, String filters) {
        List<JsonObject> rows = new ArrayList<>();
        int page = 0;
        JsonObject result;
        do {
            result = api.getJson("api/reports/completion?size=200&page=" + page++ + filters);
            rows.addAll(result.getJsonArray("items").getValuesAs(JsonObject.class));
        } while (rows.size() < result.getInt("total"));
        return rows;
    }

    private JsonObject assign(Api hr, String json) {
        try (Response response = hr.postJson("api/assignments", json)) {
            assertThat(response.getStatus()).isEqualTo(201);
            return response.readEntity(JsonObject.class);
        }
    }

    private long rootOf(String hrUser) {
        try (Api hr = Api.as(base, hrUser)) {
            return hr.getJson("api/organisations").getJsonNumber("id").longValue();
        }
    }

    private long unit(Api hr, String name) {
        long root = hr.getJson("api/organisations").getJsonNumber("id").longValue();
        return hr.getJson("api/organisations/" + root + "/children?size=200").getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(o -> o.getString("name").equals(name))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private long firstPerson(String hrUser) {
        try (Api hr = Api.as(base, hrUser)) {
            return hr.getJson("api/people").getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        }
    }

    private String download(String user, String format, String filters) throws Exception {
        return new String(downloadBytes(user, format, filters), StandardCharsets.UTF_8);
    }

    private byte[] downloadBytes(String user, String format, String filters) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(Deployments.local(base)
                        .resolve("api/reports/completion?format=" + format + filters))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        if (format.equals("xlsx")) {
            assertThat(response.headers().firstValue("Content-Type")).contains(XLSX);
        }
        return response.body();
    }

    private List<List<String>> xlsxRows(String user, String filters) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(downloadBytes(user, "xlsx", filters)))) {
            return workbook.getFirstSheet().read().stream()
                    .map(row -> row.stream().map(cell -> cell == null ? "" : cell.getText()).toList()).toList();
        }
    }
}
