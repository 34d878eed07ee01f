package de.smartcity.academy.course;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.support.Browser;
import de.smartcity.academy.support.Deployments;
import java.net.URL;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The learner's way through a course in a real (headless) Chromium: after login, everything is
 * done with the keyboard (Tab, Enter, Space), as BITV requires it to be possible.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearnerJourneyIT {

    private static final String COURSE = "KI in der Verwaltung";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.academy();
    }

    @ArquillianResource URL base;

    @Test
    void learnerReadsALessonTakesTheQuizAndSeesTheFeedbackUsingOnlyTheKeyboard() {
        try (Browser browser = Browser.open(base)) {
            browser.login("learner", "academy-demo");
            browser.waitForUrl("learner/index.xhtml");

            follow(browser, By.linkText("Kurskatalog"), "learner/catalogue.xhtml");
            follow(browser, By.linkText(COURSE), "learner/course.xhtml?id=ki-in-der-verwaltung");
            assertThat(browser.find(By.id("courseTitle")).getText()).isEqualTo(COURSE);

            follow(browser, By.id("modules:0:lessons:0:lesson"), "learner/lesson.xhtml");
            browser.tabTo(By.id("lessonForm:markDone"));
            browser.press(Keys.ENTER);
            WebElement done = browser.find(By.id("doneStatus"));
            assertThat(done.getText()).contains("Diese Lektion ist erledigt.");
            // the pressed button is gone: the focus moves to the status that replaced it
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(driver -> done.equals(driver.switchTo().activeElement()));

            follow(browser, By.id("courseLink"), "learner/course.xhtml");
            assertThat(browser.find(By.id("modules:0:lessons:0:lesson")).findElement(By.xpath("..")).getText())
                    .contains("erledigt");
            follow(browser, By.id("modules:0:startQuiz"), "learner/quiz.xhtml");

            answerEveryQuestion(browser);
            browser.tabTo(By.id("answers:submit"));
            browser.press(Keys.ENTER);
            browser.find(By.id("answers:confirm"));
            browser.tabTo(By.id("answers:confirmYes"));
            browser.press(Keys.ENTER);

            browser.waitForUrl("attempt=");
            assertThat(browser.find(By.id("score")).getText()).matches("Sie haben \\d+ von 9 Punkten erreicht \\(\\d+ %\\)\\..*");
            assertThat(browser.find(By.id("resultTitle")).getText()).startsWith("Ergebnis");
            List<WebElement> feedback = browser.driver().findElements(By.cssSelector(".question-result"));
            assertThat(feedback).hasSize(7).allSatisfy(question -> {
                assertThat(question.findElement(By.tagName("h3")).getText()).containsAnyOf("richtig", "falsch");
                assertThat(question.findElement(By.cssSelector(".explanation")).getText()).startsWith("Erklärung:");
            });
            assertThat(browser.driver().findElements(By.cssSelector(".question-result .feedback"))).isNotEmpty();
        }
    }

    /** Tab to the first option of each question, choose it with Space and wait until it is saved. */
    private static void answerEveryQuestion(Browser browser) {
        List<WebElement> questions = browser.driver().findElements(By.cssSelector("fieldset.question"));
        assertThat(questions).hasSize(7);
        for (int i = 0; i < questions.size(); i++) {
            String prefix = "answers:questions:" + i + ":";
            By firstOption = By.cssSelector("input[id^='" + cssEscape(prefix) + "'][type=radio],"
                    + "input[id^='" + cssEscape(prefix) + "'][type=checkbox]");
            browser.tabTo(firstOption);
            browser.press(Keys.SPACE);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions
                    .textToBe(By.id(prefix + "saved"), "Antwort gespeichert"));
        }
        assertThat(browser.find(By.id("answers:answered")).getText()).isEqualTo("7 von 7 Fragen beantwortet");
    }

    private static void follow(Browser browser, By link, String expectedUrl) {
        browser.tabTo(link);
        browser.press(Keys.ENTER);
        browser.waitForUrl(expectedUrl);
    }

    private static String cssEscape(String id) {
        return id.replace(":", "\\:");
    }
}
