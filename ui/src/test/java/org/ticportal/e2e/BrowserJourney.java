package org.ticportal.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.ui.PortalTestProperties;

/**
 * Base of the end-to-end journeys: the whole portal on a random port (embedded MariaDB, Xinzhou plugin, demo
 * accounts) driven by Selenium in Debian's headless Chromium, as a user clicks it. Screenshots of each journey go to
 * {@code target/screenshots}.
 *
 * <p>Without Chromium and chromedriver the journeys are skipped with a message, except where {@code CI=true} or
 * {@code -De2e.required=true}: there a missing browser fails the build.
 *
 * <p>The portal's e-mail goes to the journeys' SMTP server ({@link JourneyMail}), where a journey reads what each
 * actor received.
 *
 * <p>After each journey the browser's console is read: a message that the Content-Security-Policy refused something
 * fails the journey (the portal's policy must let every screen work, see {@code SecurityHeaders}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserJourney {

    private static final Path CHROMIUM = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver"));

    private static final String CSP_VIOLATION = "Content-Security-Policy violation:";

    @LocalServerPort
    int port;

    WebDriver driver;
    WebDriverWait wait;

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        PortalTestProperties.register(registry);
        // every journey: one context configuration, whose mail goes to the journeys' SMTP server
        JourneyMail.register(registry);
    }

    @BeforeEach
    void openBrowser() throws IOException {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        boolean required = "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("e2e.required");
        if (!available && required) {
            throw new IllegalStateException("Browser journeys need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(available, "Chromium or chromedriver missing: browser journeys skipped "
                + "(apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,900", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("tic-chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // Chromium writes no console message when the policy refuses eval: report every violation to the console
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                "document.addEventListener('securitypolicyviolation', e => console.error('" + CSP_VIOLATION
                        + " ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')))"));
        driver = chrome;
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // Vaadin re-renders (navigation, a language switch reloading the page): an element read a moment ago may be
        // gone; the wait then simply tries again
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) {
        if (driver != null) {
            List<String> refused;
            try {
                // what the browser showed last: where a failed journey stopped
                screenshot("last-" + getClass().getSimpleName() + "-" + test.getTestMethod().map(m -> m.getName())
                        .orElse("test"));
                refused = contentSecurityPolicyViolations();
            } finally {
                driver.quit();
            }
            org.assertj.core.api.Assertions.assertThat(refused)
                    .as("the browser console reports no Content-Security-Policy violation").isEmpty();
        }
    }

    /** The console messages (since the last read) in which the Content-Security-Policy refused something. */
    List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains(CSP_VIOLATION) || m.contains("Content Security Policy"))
                .toList();
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Logs in through the login form, as a user types it. */
    void login(String username, String password) {
        driver.get(url("login"));
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        pass.sendKeys(password);
        pass.sendKeys(Keys.ENTER);
        // the form posts in the background: wait for its answer (signed in, or back at the login page with an
        // error), or the journey's next address would race the login's redirect (seen: the landing page instead)
        wait.until(d -> {
            String at = d.getCurrentUrl();
            return at != null && (!at.contains("/login") || at.contains("error"));
        });
    }

    void logout() {
        click(By.id("logout"));
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    /** The labels of the side navigation, once it is shown. */
    List<String> menu() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav-item")));
        return driver.findElements(By.tagName("vaadin-side-nav-item")).stream().map(e -> e.getText().strip())
                .toList();
    }

    /** Clicks, and waits until the server has answered what the click sent. */
    void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        // the page scrolls inside the app layout, which the browser's own scrolling into view does not reach
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        waitForServer();
    }

    /** Types into the input of a Vaadin field with the given id. */
    void type(String fieldId, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Types into a field that sends its value only once the user stops typing (a grid's filter, whose value change
     * mode is lazy), and waits until it was sent and the server has answered: until then the server knows nothing of
     * the text. A request counts when Vaadin's connection state turns to loading.
     */
    void typeFilter(String fieldId, String text) {
        js("window.sentToServer = 0; if (!window.countingRequests) { window.countingRequests = true;"
                + " window.Vaadin.connectionState.addStateChangeListener((from, to) => {"
                + " if (to === 'loading') { window.sentToServer++; } }); }");
        type(fieldId, text);
        wait.until(d -> ((Number) js("return window.sentToServer")).intValue() > 0);
        waitForServer();
    }

    /** Chooses an item of a vaadin-select by its text. */
    void choose(String selectId, String itemText) {
        click(By.id(selectId));
        By item = By.xpath("//vaadin-select-item[normalize-space(.)='" + itemText + "']");
        // other selects (e.g. grid filters) hold items with the same text: take the one in the open overlay
        WebElement visible = wait.until(d -> d.findElements(item).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
        visible.click();
    }

    /** Chooses the item of a vaadin-select whose text contains the given text. */
    void chooseContaining(String selectId, String text) {
        click(By.id(selectId));
        WebElement item = wait.until(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                .filter(WebElement::isDisplayed).filter(e -> e.getText().contains(text)).findFirst().orElse(null));
        item.click();
        waitForServer();
    }

    /** Opens the tab with this label. */
    void openTab(String label) {
        click(By.xpath("//vaadin-tab[normalize-space(.)='" + label + "']"));
    }

    /** Types into a combo box and picks the shown item that contains the text. */
    void comboBox(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        input.click();
        input.sendKeys(text);
        WebElement item = wait.until(d -> d.findElements(By.tagName("vaadin-combo-box-item")).stream()
                .filter(WebElement::isDisplayed).filter(e -> e.getText().contains(text)).findFirst().orElse(null));
        item.click();
    }

    String textOf(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    /** The texts of all grid cells currently rendered. */
    List<String> gridCells() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid-cell-content")));
        return driver.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList();
    }

    /** Waits until the browser has no request to the server in flight (Vaadin's client is idle). */
    void waitForServer() {
        wait.until(d -> Boolean.TRUE.equals(js("return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow"
                + ".clients) && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    /** What the browser downloads from a link of the page, with the user's session (a file behind a download link). */
    byte[] fetch(String href) {
        String base64 = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {"
                        + "let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); })"
                        + ".catch(e => done('ERROR ' + e));", href);
        return java.util.Base64.getDecoder().decode(base64);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String demoPassword() {
        return PortalTestProperties.DEMO_PASSWORD;
    }

    /** Types a date into a Vaadin date picker and commits it, closing the picker's overlay. */
    void date(String id, java.time.LocalDate day) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        input.clear();
        input.sendKeys(day.toString());
        // Enter commits the typed date and closes the picker's overlay, which would cover the next field
        input.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.tagName("vaadin-date-picker-overlay")));
        waitForServer();
    }

    /** Types into a Vaadin text area and leaves it, as a user does. */
    void textArea(String id, String text) {
        WebElement area = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " textarea")));
        area.clear();
        area.sendKeys(text);
        area.sendKeys(Keys.TAB);
        waitForServer();
    }

    /**
     * Fills the public page's objection form as a person: the notice's center, real name, an ID number with its
     * check digit computed from the first 17 digits, a contact, the content, and the answer to the check question.
     */
    void fillObjection(String name, String content, String idFirst17, String contact) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("public-objection-form")));
        chooseContaining("objection-entry", "技术创新中心");
        type("objection-name", name);
        type("objection-idNumber", idFirst17 + org.ticportal.core.notice.IdNumbers.check(idFirst17));
        type("objection-contact", contact);
        WebElement area = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#objection-content textarea")));
        area.clear();
        area.sendKeys(content);
        String label = String.valueOf(js("return document.getElementById('objection-answer').label"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) \\+ (\\d+)").matcher(label);
        org.assertj.core.api.Assertions.assertThat(m.find()).as(label).isTrue();
        type("objection-answer", Integer.toString(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2))));
    }

}
