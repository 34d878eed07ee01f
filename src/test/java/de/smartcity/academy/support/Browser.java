package de.smartcity.academy.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with nothing downloaded: the pattern every UI
 * test follows. Waits are for page states, never fixed sleeps.
 */
public final class Browser implements AutoCloseable {

    private static final int MAX_TABS = 200;

    private final WebDriver driver;
    private final String base;
    private final Path downloads;

    private Browser(WebDriver driver, String base, Path downloads) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base : base + "/";
        this.downloads = downloads;
    }

    public static Browser open(java.net.URL base) {
        try {
            Path profile = Files.createTempDirectory(Path.of(System.getProperty("project.build.directory", "target")),
                    "chromium-");
            Path downloads = Files.createDirectories(profile.resolve("downloads"));
            ChromeOptions options = new ChromeOptions();
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--lang=de-DE", "--window-size=1280,900",
                    "--user-data-dir=" + profile);
            org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
            logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.SEVERE);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
            return new Browser(new ChromeDriver(service, options), Deployments.local(base).toString(), downloads);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits until the element is in the page, visible or not (e.g. PrimeFaces' visually hidden radio inputs). */
    public WebElement present(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Moves the focus with Tab, as a keyboard user does, until the element has it. */
    public WebElement tabTo(By by) {
        WebElement target = present(by);
        for (int i = 0; i < MAX_TABS; i++) {
            if (target.equals(driver.switchTo().activeElement())) {
                return target;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Not reachable with the Tab key: " + by);
    }

    /** Presses keys on whatever has the focus (Enter, Space, ...). */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Waits until an ajax update has replaced this element. */
    public void waitForReplaced(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(element));
    }

    public void waitForUrl(String fragment) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(fragment));
    }

    /** Logs in through the form, using the keyboard only (type, Enter). */
    public Browser login(String username, String password) {
        go("login.xhtml");
        find(By.id("login:username")).sendKeys(username);
        find(By.id("login:password")).sendKeys(password + Keys.ENTER);
        return this;
    }

    /** The first completely downloaded file whose name ends with {@code suffix}. */
    public Path downloaded(String suffix) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    /** The current address relative to the context root, e.g. {@code learner/course.xhtml?id=3}. */
    public String relativeUrl() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /** The Faces pages this page links to (relative to the context root), not API calls or downloads. */
    @SuppressWarnings("unchecked")
    public java.util.List<String> sameOriginPageLinks() {
        return ((java.util.List<String>) script("""
                return [...document.querySelectorAll('a[href]')].map(a => a.href)
                    .filter(h => h.startsWith(arguments[0]))
                    .map(h => h.substring(arguments[0].length).replace(/#.*$/, ''))
                    .filter(h => /^[^?]*\\.x?html(\\?|$)/.test(h) || h.startsWith('verify/'));""", base))
                .stream().distinct().toList();
    }

    public Object script(String javaScript, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javaScript, arguments);
    }

    /** Gives the element the focus without moving through the page (the journeys use Tab). */
    public void focus(WebElement element) {
        script("arguments[0].focus()", element);
    }

    /** Waits until the element has the keyboard focus (widgets move it back after a short delay). */
    public void waitForFocus(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).withMessage(() -> "focus is on "
                + driver.switchTo().activeElement().getAttribute("outerHTML").lines().findFirst().orElse("")
                + " instead of " + element.getAttribute("id"))
                .until(d -> element.equals(d.switchTo().activeElement()));
    }

    /** Waits until a window resize has reached the page. */
    public void waitForWidth(int windowWidth) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> ((Number) script("return window.outerWidth"))
                .intValue() == windowWidth);
    }

    /** Errors the browser logged since the last call (e.g. scripts the Content Security Policy blocked). */
    public java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    public void waitForInvisible(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.invisibilityOf(element));
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
