package de.smartcity.academy.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.academy.support.Api;
import de.smartcity.academy.support.Browser;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A person who uses only Tab, Enter, Space and Escape: every element that gets the focus must show
 * it (WCAG 2.4.7), and the order must follow the layout (WCAG 2.4.3).
 */
final class Keyboard {

    /** The focused element's own outline or shadow, or that of the widget a hidden input stands for. */
    private static final String FOCUS_VISIBLE = """
            const e = document.activeElement;
            const shows = el => { const s = getComputedStyle(el);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; };
            if (shows(e)) return true;
            const widget = e.closest('.ui-helper-hidden-accessible')?.parentElement;
            return !!widget && [widget, ...widget.querySelectorAll('.ui-state-focus')].some(shows);""";

    /** Where the focused element is drawn: itself, or the widget behind a visually hidden input. */
    private static final String FOCUS_POSITION = """
            let e = document.activeElement;
            const hidden = e.closest('.ui-helper-hidden-accessible');
            if (hidden) e = hidden.parentElement;
            const r = e.getBoundingClientRect();
            return [Math.round(r.top + window.scrollY), Math.round(r.bottom + window.scrollY), Math.round(r.left),
                    e.id || e.outerHTML.slice(0, 60)];""";

    private final Browser browser;

    Keyboard(Browser browser) {
        this.browser = browser;
    }

    void logIn(String user) {
        browser.go("login.xhtml");
        tabTo(By.id("login:username"));
        browser.press(user);
        browser.press(Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("login:password");
        browser.press(Api.DEMO_PASSWORD, Keys.ENTER);
    }

    /** The first Tab on a page reaches the skip link, and Enter moves the focus to the main content. */
    void skipToMain() {
        browser.find(By.tagName("body"));
        browser.press(Keys.TAB);
        assertThat(focused().getAttribute("class")).contains("skip-link");
        assertFocusVisible();
        browser.press(Keys.ENTER);
        assertThat(focused().getAttribute("id")).isEqualTo("main");
    }

    WebElement tabTo(By target) {
        WebElement element = browser.tabTo(target);
        assertFocusVisible();
        return element;
    }

    /** Tabs to a link or button and activates it with Enter. */
    void follow(By target) {
        tabTo(target);
        browser.press(Keys.ENTER);
    }

    /** Tabs from the first to the last control of a form: each step lands below or right of the previous one. */
    void assertTabOrderFollowsLayout(String form, String firstId, String lastId) {
        tabTo(By.id(firstId));
        List<List<Object>> stops = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            @SuppressWarnings("unchecked")
            List<Object> stop = (List<Object>) browser.script(FOCUS_POSITION);
            stops.add(stop);
            if (lastId.equals(focused().getAttribute("id"))) {
                break;
            }
            browser.press(Keys.TAB);
            assertFocusVisible();
        }
        assertThat(stops.get(stops.size() - 1).get(3)).as("Tab reaches the end of form %s", form).isEqualTo(lastId);
        for (int i = 1; i < stops.size(); i++) {
            List<Object> previous = stops.get(i - 1);
            List<Object> current = stops.get(i);
            boolean sameRow = number(current, 0) < number(previous, 1) && number(current, 1) > number(previous, 0);
            assertThat(sameRow ? number(current, 2) > number(previous, 2) : number(current, 0) >= number(previous, 1))
                    .as("in form %s, %s comes after %s in the visual order", form, current.get(3), previous.get(3))
                    .isTrue();
        }
    }

    private static long number(List<Object> stop, int index) {
        return ((Number) stop.get(index)).longValue();
    }

    /** Tab moves around inside a modal dialog, never behind it (it is left with Escape). */
    void assertFocusStaysIn(WebElement dialog) {
        for (int i = 0; i < 5; i++) {
            assertThat(dialog.findElements(By.xpath(".//*"))).as("focus inside the dialog").contains(focused());
            assertFocusVisible();
            browser.press(Keys.TAB);
        }
    }

    void assertFocusVisible() {
        assertThat((Boolean) browser.script(FOCUS_VISIBLE)).as("visible focus on %s",
                focused().getAttribute("outerHTML").lines().findFirst().orElse("")).isTrue();
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }
}
