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
}
