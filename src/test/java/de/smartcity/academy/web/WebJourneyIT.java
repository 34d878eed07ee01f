package de.smartcity.academy.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.support.Browser;
import de.smartcity.academy.support.Deployments;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The important journeys in a real (headless) Chromium, keyboard first. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.academy();
    }

    @ArquillianResource URL base;

    @Test
    void eachRoleLandsOnItsOwnHomePage() {
        Map<String, String> homes = Map.of(
                "learner", "learner/index.xhtml",
                "trainer", "trainer/index.xhtml",
                "hr-musterstadt", "hr/index.xhtml",
                "hr-beispielkreis", "hr/index.xhtml",
                "admin", "admin/index.xhtml");
        homes.forEach((user, home) -> {
            try (Browser browser = Browser.open(base)) {
                browser.login(user, "academy-demo");
                browser.waitForUrl(home);
                assertThat(browser.find(By.id("homeTitle")).getText()).isNotBlank();
            }
        });
    }

    @Test
    void wrongPasswordShowsAMessageAndStaysOnTheLoginPage() {
        try (Browser browser = Browser.open(base)) {
            browser.login("learner", "falsch");
            assertThat(browser.find(By.cssSelector("#login\\:messages .ui-messages-error")).getText())
                    .contains("Benutzername oder Passwort ist falsch");
            assertThat(browser.driver().getCurrentUrl()).contains("login.xhtml");
        }
    }

    @Test
    void startPageSpeaksGermanAndSwitchesToEnglish() {
        try (Browser browser = Browser.open(base)) {
            browser.go("");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Digitale Kompetenzen für die Verwaltung");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
            browser.find(By.id("sessionForm:languageSwitch")).click();
            browser.waitForUrl("index.xhtml");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Digital skills for public administration");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        }
    }

    @Test
    void firstTabReachesTheSkipLinkWhichJumpsToTheContent() {
        try (Browser browser = Browser.open(base)) {
            browser.go("");
            browser.find(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            assertThat(focused.getAttribute("class")).contains("skip-link");
            assertThat(focused.getAttribute("href")).endsWith("#main");
        }
    }

    @Test
    void anonymousVisitorOfAProtectedPageIsSentToLogin() {
        try (Browser browser = Browser.open(base)) {
            browser.go("admin/index.xhtml");
            browser.waitForUrl("login.xhtml");
            assertThat(browser.find(By.id("login:username")).isDisplayed()).isTrue();
        }
    }

    @Test
    void learnerGetsTheAccessDeniedPageForAdministration() {
        try (Browser browser = Browser.open(base)) {
            browser.login("learner", "academy-demo");
            browser.waitForUrl("learner/index.xhtml");
            browser.go("admin/index.xhtml");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Kein Zugriff");
        }
    }

    @Test
    void hrOfMusterstadtSeesOnlyMusterstadtPeopleInTheList() {
        try (Browser browser = Browser.open(base)) {
            browser.login("hr-musterstadt", "academy-demo");
            browser.waitForUrl("hr/index.xhtml");
            browser.go("people/index.xhtml");
            String table = browser.find(By.id("people:table")).getText();
            assertThat(table).contains("Lehmann", "Müller").doesNotContain("Becker", "Öztürk");
        }
    }

    @Test
    void adminCreatesAPersonGivesThemALoginAndTheNewPersonCanLogIn() {
        String tag = Long.toString(System.nanoTime(), 36);
        try (Browser browser = Browser.open(base)) {
            browser.login("admin", "academy-demo");
            browser.waitForUrl("admin/index.xhtml");
            browser.go("admin/organisations.xhtml");
            assertThat(browser.find(By.id("search:list")).getText()).contains("Stadt Musterstadt");
            browser.go("admin/people-import.xhtml");
            assertThat(browser.find(By.tagName("h1")).getText()).as("the admin prefers English").isEqualTo("Import people");

            browser.go("people/edit.xhtml");
            browser.find(By.id("person:givenName")).sendKeys("Uwe");
            browser.find(By.id("person:familyName")).sendKeys("Ungültig");
            browser.find(By.id("person:save")).click();
            assertThat(browser.find(By.cssSelector(".field:has([id='person:email']) .ui-message-error")).getText())
                    .as("the server's message next to the empty e-mail field").isNotBlank();

            browser.find(By.id("person:email")).sendKeys("uwe." + tag + "@musterstadt.example");
            // choose the organisation in the native select behind PrimeFaces' drop-down (its popup
            // animation makes clicks on items racy in headless Chromium)
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "const s = document.getElementById('person:organisationId_input');"
                            + "s.value = [...s.options].find(o => o.text === arguments[0]).value;",
                    "Bauamt (Musterstadt)");
            browser.find(By.id("person:save")).click();
            browser.waitForUrl("id=");

            browser.find(By.xpath("//label[normalize-space()='Learner']")).click();
            browser.find(By.id("roles:username")).sendKeys("uwe-" + tag);
            browser.find(By.id("roles:password")).sendKeys("Ein langes Passwort 2026");
            browser.find(By.id("roles:saveRoles")).click();
            browser.waitForText(By.id("roles:roleMessages"), "The roles have been saved");
        }
        try (Browser browser = Browser.open(base)) {
            browser.login("uwe-" + tag, "Ein langes Passwort 2026");
            browser.waitForUrl("learner/index.xhtml");
        }
    }

    @Test
    void trainerPlansACohortAndEnrolsTwoPeople() {
        try (Browser browser = Browser.open(base)) {
            browser.login("trainer", "academy-demo");
            browser.waitForUrl("trainer/index.xhtml");
            browser.find(By.id("newCohort")).click();
            browser.waitForUrl("cohort-edit.xhtml");
            browser.find(By.id("cohort:title")).sendKeys("Smart City Manager – Testdurchgang");
            browser.find(By.id("cohort:save")).click();
            browser.waitForUrl("trainer/cohort.xhtml");
            assertThat(browser.find(By.id("cohortTitle")).getText()).isEqualTo("Smart City Manager – Testdurchgang");

            browser.find(By.id("enrol:emails")).sendKeys("jonas.schmidt@musterstadt.example" + Keys.ENTER
                    + "katrin.vogel@beispielkreis.example");
            browser.find(By.id("enrol:submit")).click();
            browser.waitForText(By.id("participants:table"), "Katrin Vogel");
            assertThat(browser.find(By.id("participants:table")).getText()).contains("Jonas Schmidt");
            browser.waitForText(By.id("seatsValue"), "2 / 25");

            browser.find(By.id("status:sessions")).click();
            browser.waitForUrl("trainer/sessions.xhtml");
            browser.find(By.id("add:title")).sendKeys("Auftakt: Rolle der Smart City Manager");
            // the session took place yesterday, so attendance can be recorded (typing into the date
            // picker races with its popup; the field's value is what the form submits)
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('add:date_input').value = arguments[0]",
                    java.time.LocalDate.now().minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
            browser.find(By.id("add:meetingUrl")).sendKeys("https://meet.example.org/auftakt");
            browser.find(By.id("add:save")).click();
            browser.waitForText(By.id("list:table"), "Auftakt");
            browser.find(By.partialLinkText("Anwesenheit erfassen")).click();
            browser.waitForUrl("trainer/attendance.xhtml");
            WebElement save = browser.find(By.id("attendance:save"));
            assertThat(browser.find(By.id("attendance")).getText()).contains("Jonas Schmidt", "Katrin Vogel");
            browser.find(By.id("attendance:allPresent")).click();
            browser.waitForReplaced(save);
            browser.find(By.id("attendance:save")).click();
            browser.waitForText(By.id("attendance:messages"), "Gespeichert: 2");
        }
    }

    @Test
    void learnerSeesTheCohortsWithTheirStatusAndCalendar() {
        try (Browser browser = Browser.open(base)) {
            browser.login("learner", "academy-demo");
            browser.waitForUrl("learner/index.xhtml");
            browser.go("learner/cohorts.xhtml");
            String page = browser.find(By.id("cohorts")).getText();
            assertThat(page).contains("Durchgang Herbst 2026", "eingeschrieben", "Durchgang Frühjahr 2027", "Warteliste: 2");
            assertThat(browser.find(By.partialLinkText("ICS-Datei")).getAttribute("href")).endsWith("/sessions.ics");
        }
    }
}
