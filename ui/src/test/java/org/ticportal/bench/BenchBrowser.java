package org.ticportal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The benchmarks' headless Chromium, set up as the browser journeys' ({@code e2e.BrowserJourney}) is: Debian's
 * Chromium and chromedriver, no background networking, a fresh profile, Chinese as the browser's language.
 */
final class BenchBrowser {

    private static final Path CHROMIUM = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver"));

    private BenchBrowser() {
    }

    /** A new browser; the benchmark is skipped where Chromium or chromedriver is missing. */
    static WebDriver open() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium or chromedriver missing (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1366,900", "--lang=zh-CN",
                    "--user-data-dir=" + Files.createTempDirectory("tic-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Waits until the browser has no request to the server in flight (Vaadin's client is idle). */
    static void waitForServer(WebDriverWait wait, WebDriver driver) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) && Object.values("
                        + "window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }
}
