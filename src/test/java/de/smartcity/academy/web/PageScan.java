package de.smartcity.academy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import de.smartcity.academy.support.Browser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One accessibility scan over many pages: axe-core with the WCAG 2.0/2.1 A+AA and 2.2 AA rules,
 * and the reflow check (WCAG 1.4.10: at 200 % zoom of a 1280 px window, i.e. 640 px, nothing
 * scrolls sideways). Collects findings in words a developer can act on.
 */
final class PageScan {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("critical", "serious");
    private static final Dimension ZOOMED = new Dimension(640, 900);
    private static final Dimension NORMAL = new Dimension(1280, 900);

    private final List<String> findings = new ArrayList<>();
    private final Set<String> pagesVisited = new TreeSet<>();
    private final Set<String> dialogsOpened = new TreeSet<>();
    private int scans;

    /** The page (file under src/main/webapp) that a URL relative to the context root shows. */
    static String pageOf(String relativeUrl) {
        String path = relativeUrl.replaceAll("[?#;].*$", "");
        if (path.isEmpty()) {
            return "index.xhtml";
        }
        return path.startsWith("verify/") ? "verify.xhtml" : path;
    }

    void page(Browser browser, String role, String page) {
        pagesVisited.add(page);
        axe(browser, role, page);
        reflow(browser, role, page);
    }

    /**
     * Opens the dialog with the keyboard, scans the page with it open, and closes it with ESC. A
     * role that does not see the opener (e.g. nothing to withdraw from) skips it.
     */
    void dialog(Browser browser, String role, String page, By opener) {
        List<WebElement> openers = browser.driver().findElements(opener);
        if (openers.isEmpty()) {
            return;
        }
        WebElement button = openers.get(0);
        browser.focus(button);
        browser.press(Keys.ENTER);
        WebElement dialog = browser.find(By.cssSelector(".ui-dialog[aria-hidden='false']"));
        assertThat(focusMovesInto(browser, dialog)).as("the focus moves into the dialog on %s", page).isTrue();
        axe(browser, role, page + " (dialog)");
        AccessibilityIT.closeWithEscape(browser, button, dialog);
        dialogsOpened.add(page);
    }

    /** PrimeFaces moves the focus once the dialog is shown, which may be a moment after it became visible. */
    private static boolean focusMovesInto(Browser browser, WebElement dialog) {
        try {
            return new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(
                    driver -> dialog.findElements(By.xpath(".//*")).contains(driver.switchTo().activeElement()));
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** A status dialog (e.g. "export running") has no close control; it is shown by script and scanned. */
    void statusDialog(Browser browser, String role, String page, String show) {
        browser.script(show);
        browser.find(By.cssSelector(".ui-dialog[aria-hidden='false']"));
        axe(browser, role, page + " (status dialog)");
        browser.driver().navigate().refresh();
        dialogsOpened.add(page);
    }

    void failed(String role, String url, String reason) {
        findings.add("%s [%s] %s".formatted(url, role, reason));
    }

    private void axe(Browser browser, String role, String page) {
        scans++;
        Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver());
        for (Rule rule : results.getViolations()) {
            if (!FAILING_IMPACTS.contains(rule.getImpact())) {
                continue;
            }
            for (CheckedNode node : rule.getNodes()) {
                findings.add("%s [%s] %s (%s): %s — %s".formatted(page, role, rule.getId(), rule.getImpact(),
                        rule.getHelp(), node.getTarget()));
            }
        }
    }

    private void reflow(Browser browser, String role, String page) {
        browser.driver().manage().window().setSize(ZOOMED);
        browser.waitForWidth(ZOOMED.getWidth());
        Boolean scrollsSideways = (Boolean) browser.script(
                "const e = document.scrollingElement; return e.scrollWidth > e.clientWidth;");
        if (Boolean.TRUE.equals(scrollsSideways)) {
            findings.add("%s [%s] reflow: scrolls horizontally at 640 px (200 %% zoom)".formatted(page, role));
        }
        browser.driver().manage().window().setSize(NORMAL);
    }

    /** Inline scripts without PrimeFaces' nonce are blocked by the policy: the page would silently break. */
    void contentSecurityPolicy(Browser browser, String role, String page) {
        browser.consoleErrors().stream().filter(e -> e.contains("Content Security Policy"))
                .forEach(e -> findings.add("%s [%s] CSP violation: %s".formatted(page, role, e)));
    }

    List<String> findings() {
        return findings;
    }

    Set<String> pagesVisited() {
        return pagesVisited;
    }

    Set<String> dialogsOpened() {
        return dialogsOpened;
    }

    String summary() {
        return "%d pages, %d dialogs, %d axe scans, %d findings%n  %s".formatted(pagesVisited.size(),
                dialogsOpened.size(), scans, findings.size(), String.join("\n  ", findings));
    }
}
