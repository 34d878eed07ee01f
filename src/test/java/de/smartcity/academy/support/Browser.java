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

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static Browser open(java.net.URL base) {
        try {
            Path profile = Files.createTempDirectory(Path.of(System.getProperty("project.build.directory", "target")),
                    "chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--lang=de-DE", "--window-size=1280,900",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
            return new Browser(new ChromeDriver(service, options), Deployments.local(base).toString());
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

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
