package de.smartcity.academy.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.support.Api;
import de.smartcity.academy.support.Browser;
import de.smartcity.academy.support.Deployments;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.assertj.core.api.SoftAssertions;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * BITV 2.0 / WCAG 2.2 AA: axe-core over every page each role can reach (found by following the
 * links from the role's home page, plus the public and error pages) and every dialog on them, and
 * reflow at 320 CSS px. The page list checks itself against {@code src/main/webapp}: a new page
 * that no crawl reaches fails the test until it is linked or added to {@link #PUBLIC_PAGES}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    /** Pages not reached by following links: error pages and the static 400 page. */
    private static final List<String> PUBLIC_PAGES = List.of("index.xhtml", "login.xhtml", "verify-credential.xhtml",
            "barrierefreiheit.xhtml", "leichte-sprache.xhtml", "error/403.xhtml", "error/404.xhtml",
            "error/500.xhtml", "error/expired.xhtml", "error/bad-request.html");

    /** Where each role starts following links. */
    private static final Map<String, String> HOMES = Map.of("learner", "learner/index.xhtml",
            "trainer", "trainer/index.xhtml", "hr-musterstadt", "hr/index.xhtml", "admin", "admin/index.xhtml");

    /** Page → the control that opens its dialog. Every page declaring a dialog must be listed here or below. */
    private static final Map<String, By> DIALOG_OPENERS = Map.of(
            "learner/cohorts.xhtml", By.cssSelector("button[id$=':withdraw']"),
            "learner/quiz.xhtml", By.id("answers:submit"),
            "trainer/certificates.xhtml", By.id("certificates:issueAll"),
            "hr/assignments.xhtml", By.cssSelector("button[id$=':withdraw']"),
            "people/edit.xhtml", By.id("erasure:anonymise"),
            "hr/reports.xhtml", By.id("filters:unlockExport"),
            "learner/my-data.xhtml", By.id("myData:unlockMyData"));

    /** Page → script that shows its status dialog (no close control: it disappears when the work is done). */
    private static final Map<String, String> STATUS_DIALOGS = Map.of("hr/reports.xhtml", "PF('exporting').show()");

    /**
     * Pages no crawl can open, with the reason. Keep this empty wherever a test can reach the page:
     * an entry here is a page nobody checks automatically.
     */
    private static final Map<String, String> UNREACHABLE = Map.of("hr/report-download.xhtml",
            "opens only with the one-time token of the monthly report mail; same template and button as hr/reports");

    private static final Path WEBAPP = Path.of("src/main/webapp");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.academy();
    }

    @ArquillianResource URL base;

    @Test
    void everyPageAndDialogOfEveryRoleMeetsWcagAndReflows() {
        PageScan scan = new PageScan();
        try (Browser browser = Browser.open(base)) {
            List<String> seeds = new ArrayList<>(PUBLIC_PAGES);
            seeds.add("verify/" + demoCertificateId());
            crawl(browser, "anonymous", seeds, scan);
        }
        HOMES.forEach((user, home) -> {
            try (Browser browser = Browser.open(base)) {
                browser.login(user, Api.DEMO_PASSWORD);
                browser.waitForUrl(home);
                List<String> seeds = new ArrayList<>(List.of(home));
                if (user.equals("trainer")) {
                    seeds.add(attendancePageOfANewSession());
                }
                if (user.equals("admin")) {
                    seeds.add(editPageOfAPerson());
                }
                crawl(browser, user, seeds, scan);
            }
        });

        System.out.println("Accessibility scan: " + scan.summary());
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(scan.findings()).as("axe-core findings (critical or serious) and reflow failures").isEmpty();
        Set<String> expected = pagesInWebapp();
        expected.removeAll(UNREACHABLE.keySet());
        softly.assertThat(scan.pagesVisited()).as("pages in src/main/webapp that no scan reached").containsAll(expected);
        Set<String> dialogs = pagesWithDialogs();
        dialogs.removeAll(UNREACHABLE.keySet());
        softly.assertThat(scan.dialogsOpened()).as("pages with a dialog whose dialog was not scanned").containsAll(dialogs);
        softly.assertAll();
    }

    @Test
    void learnerFindsACourseAndLeavesTheWithdrawDialogWithTheKeyboardOnly() {
        try (Browser browser = Browser.open(base)) {
            Keyboard keyboard = new Keyboard(browser);
            keyboard.logIn("learner");
            browser.waitForUrl("learner/index.xhtml");
            keyboard.follow(By.linkText("Kurskatalog"));
            browser.waitForUrl("learner/catalogue.xhtml");
            keyboard.skipToMain();
            keyboard.assertTabOrderFollowsLayout("catalogue", "catalogue:text", "catalogue:search");
            browser.go("learner/cohorts.xhtml");
            WebElement withdraw = keyboard.tabTo(By.cssSelector("button[id$=':withdraw']"));
            browser.press(Keys.ENTER);
            WebElement dialog = browser.find(By.cssSelector(".ui-dialog[aria-hidden='false']"));
            keyboard.assertFocusStaysIn(dialog);
            closeWithEscape(browser, withdraw, dialog);
            assertThat(browser.find(By.className("my-status")).getText()).as("still enrolled").contains("eingeschrieben");
        }
    }

    @Test
    void trainerPlansACohortWithTheKeyboardOnly() {
        try (Browser browser = Browser.open(base)) {
            Keyboard keyboard = new Keyboard(browser);
            keyboard.logIn("trainer");
            browser.waitForUrl("trainer/index.xhtml");
            keyboard.skipToMain();
            keyboard.follow(By.cssSelector("#newCohort a"));
            browser.waitForUrl("trainer/cohort-edit.xhtml");
            keyboard.assertTabOrderFollowsLayout("cohort", "cohort:title", "cohort:save");
            keyboard.tabTo(By.id("cohort:title"));
            browser.press("Durchgang per Tastatur");
            keyboard.follow(By.id("cohort:save"));
            browser.waitForUrl("trainer/cohort.xhtml");
            assertThat(browser.find(By.id("cohortTitle")).getText()).isEqualTo("Durchgang per Tastatur");
        }
    }

    @Test
    void hrSearchesPeopleWithTheKeyboardOnly() {
        try (Browser browser = Browser.open(base)) {
            Keyboard keyboard = new Keyboard(browser);
            keyboard.logIn("hr-musterstadt");
            browser.waitForUrl("hr/index.xhtml");
            keyboard.follow(By.linkText("Personen"));
            browser.waitForUrl("people/index.xhtml");
            keyboard.skipToMain();
            keyboard.assertTabOrderFollowsLayout("people", "people:text", "people:search");
            WebElement table = browser.find(By.id("people:table"));
            keyboard.tabTo(By.id("people:text"));
            browser.press("Lehmann");
            keyboard.follow(By.id("people:search"));
            browser.waitForReplaced(table);
            assertThat(browser.find(By.id("people:table")).getText()).contains("Lehmann").doesNotContain("Müller");
        }
    }

    @Test
    void anyoneReportsABarrierWithoutLoggingInAndTheContactGetsItByMail() {
        String marker = "Kontrast im Kurskatalog " + System.nanoTime();
        try (Browser browser = Browser.open(base)) {
            browser.go("");
            new Keyboard(browser).follow(By.id("accessibilityStatement"));
            browser.waitForUrl("barrierefreiheit.xhtml");
            assertThat(browser.find(By.tagName("main")).getText()).contains("Stand der Vereinbarkeit",
                    "Nicht barrierefreie Inhalte", "Erstellung dieser Erklärung", "Feedback und Kontaktangaben",
                    "Schlichtungsverfahren", "§ 16 BGG");
            browser.find(By.id("feedbackForm:send")).click();
            assertThat(browser.find(By.cssSelector(".field:has([id='feedbackForm:message']) .ui-message-error")).getText())
                    .as("the server's message next to the empty field").isEqualTo("Bitte schreiben Sie Ihre Nachricht.");

            browser.find(By.id("feedbackForm:email")).sendKeys("erika@example.org");
            browser.find(By.id("feedbackForm:message")).sendKeys(marker);
            browser.find(By.id("feedbackForm:send")).click();
            browser.waitForText(By.id("feedbackForm:messages"), "Vielen Dank");
        }
        try (Api admin = Api.as(base, "admin")) {
            assertThat(admin.getJson("api/admin/outbox?size=100").getJsonArray("items").getValuesAs(JsonObject.class))
                    .anySatisfy(mail -> {
                        assertThat(mail.getString("recipient")).isEqualTo("barrierefreiheit@smartcity-academy.example");
                        assertThat(mail.getString("body")).contains(marker, "erika@example.org");
                    });
        }
    }

    private void crawl(Browser browser, String role, List<String> seeds, PageScan scan) {
        List<String> queue = new ArrayList<>(seeds);
        Set<String> seen = new TreeSet<>();
        while (!queue.isEmpty()) {
            String target = queue.remove(0);
            if (!seen.add(PageScan.pageOf(target))) {
                continue;
            }
            browser.go(target);
            browser.present(By.tagName("main"));
            String page = PageScan.pageOf(browser.relativeUrl());
            if (!page.startsWith("error/") && !browser.driver().findElements(By.className("error-page")).isEmpty()) {
                scan.failed(role, target, "shows an error page");
                continue;
            }
            scan.page(browser, role, page);
            scan.contentSecurityPolicy(browser, role, page);
            if (DIALOG_OPENERS.containsKey(page)) {
                try {
                    scan.dialog(browser, role, page, DIALOG_OPENERS.get(page));
                } catch (RuntimeException | AssertionError e) {
                    scan.failed(role, page, "dialog: " + e.getMessage().lines().findFirst().orElse(""));
                }
            }
            if (STATUS_DIALOGS.containsKey(page)) {
                scan.statusDialog(browser, role, page, STATUS_DIALOGS.get(page));
            }
            for (String link : browser.sameOriginPageLinks()) {
                if (!seen.contains(PageScan.pageOf(link)) && !queue.contains(link)) {
                    queue.add(link);
                }
            }
        }
    }

    /** Attendance is linked from a session; the demo cohorts the crawl reaches first may have none. */
    private String attendancePageOfANewSession() {
        try (Api trainer = Api.as(base, "trainer")) {
            long cohort = trainer.getJson("api/cohorts").getJsonArray("items").getJsonObject(0).getJsonNumber("id")
                    .longValue();
            try (jakarta.ws.rs.core.Response created = trainer.postJson("api/cohorts/" + cohort + "/sessions",
                    "{\"title\":\"Barrierefreiheit\",\"date\":\"" + java.time.LocalDate.now().minusDays(1)
                            + "\",\"startTime\":\"10:00\",\"endTime\":\"11:00\","
                            + "\"meetingUrl\":\"https://meet.example.org/a11y\"}")) {
                assertThat(created.getStatus()).isEqualTo(201);
                long session = created.readEntity(JsonObject.class).getJsonNumber("id").longValue();
                return "trainer/attendance.xhtml?cohort=" + cohort + "&session=" + session;
            }
        }
    }

    /** The erasure dialog exists only for a saved person; the crawl would otherwise reach the "new person" form first. */
    private String editPageOfAPerson() {
        try (Api admin = Api.as(base, "admin")) {
            long person = admin.getJson("api/people?size=1").getJsonArray("items").getJsonObject(0).getJsonNumber("id")
                    .longValue();
            return "people/edit.xhtml?id=" + person;
        }
    }

    private String demoCertificateId() {
        try (Api learner = Api.as(base, "learner")) {
            return learner.getJson("api/me/certificates?size=50").getJsonArray("items").getValuesAs(JsonObject.class)
                    .get(0).getString("id");
        }
    }

    private static Set<String> pagesInWebapp() {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.map(f -> WEBAPP.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".xhtml") || f.endsWith(".html"))
                    .filter(f -> !f.startsWith("WEB-INF/") && !f.startsWith("resources/"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> pagesWithDialogs() {
        Set<String> pages = new TreeSet<>();
        for (String page : pagesInWebapp()) {
            try {
                String source = Files.readString(WEBAPP.resolve(page));
                if (source.contains("<p:confirm") || source.contains("<p:dialog") || source.contains("reauthenticate.xhtml")) {
                    pages.add(page);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pages;
    }

    /** ESC closes a dialog and gives the focus back to the control that opened it (no keyboard trap). */
    static void closeWithEscape(Browser browser, WebElement opener, WebElement dialog) {
        browser.press(Keys.ESCAPE);
        browser.waitForInvisible(dialog);
        browser.waitForFocus(opener);
    }
}
