package org.ticportal.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.ticportal.ui.PortalTestProperties;

/**
 * P2 of issue 13: the heap a logged-in session keeps, opened by a real browser. The whole portal runs in this JVM on
 * a random port (embedded MariaDB, the plugins, the demo accounts, as the browser journeys start it); one headless
 * Chromium logs in as {@code bureau}, opens a view and waits until it is rendered and the browser has no request in
 * flight, then deletes its cookies (the server keeps the session and its UI) and does it again, N times
 * ({@code -Dbench.sessions}, default 20). The used heap after a full GC before and after, divided by N, is a session's
 * share. Beside the portal's views, in the same run: a bare Vaadin view (one {@code Span}, registered for this run
 * only, open to anonymous users) opened N times the same way. An {@link HttpSessionListener} counts the sessions, so
 * that the report says how many were really kept. Vaadin runs in production mode, as the started portal does (no
 * dev-mode component tracking). Prints figures, asserts nothing.
 *
 * <p>Run with {@code ./mvnw -B -ntp -o verify -pl ui -am -Pbench -Dtest=SessionHeapBench
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// production mode, as the started portal (the bench profile builds its bundle before the benchmarks run)
@TestPropertySource(properties = "vaadin.productionMode=true")
class SessionHeapBench {

    private static final int N = Integer.getInteger("bench.sessions", 20);
    private static final String BARE_ROUTE = "bench-bare-view";

    /** Counts the HTTP sessions the server holds. */
    @TestConfiguration
    static class Sessions {

        @Bean
        SessionCounter sessionCounter() {
            return new SessionCounter();
        }
    }

    static final class SessionCounter implements HttpSessionListener {

        final AtomicInteger created = new AtomicInteger();
        final AtomicInteger live = new AtomicInteger();

        @Override
        public void sessionCreated(HttpSessionEvent event) {
            created.incrementAndGet();
            live.incrementAndGet();
        }

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            live.decrementAndGet();
        }
    }

    /** The bare Vaadin view: one {@code Span}, nothing else. */
    @AnonymousAllowed
    public static class BareView extends Span {

        public BareView() {
            super("bare view");
            setId("bench-bare");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    SessionCounter sessions;

    @Autowired
    ServletContext servletContext;

    private WebDriver driver;
    private WebDriverWait wait;

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        PortalTestProperties.register(registry);
    }

    @Test
    void retainedHeapPerBrowserSession() {
        RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)))
                .setRoute(BARE_ROUTE, BareView.class);
        driver = BenchBrowser.open();
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%n==== retained heap per browser session (P2), N = %d, bureau, after full GC ====%n"
                        + "%-34s %8s %14s %14s %10s%n", N, "view", "sessions", "KB/session", "sessions kept",
                "s/session"));
        try {
            report.append(measure("bare Vaadin view (one Span)", BARE_ROUTE, By.id("bench-bare"), false));
            report.append(measure("我的待办 (landing, \"\")", "", By.cssSelector("#inbox-applications, #inbox-none"),
                    true));
            report.append(measure("申报管理 (applications)", "applications", By.id("applications-grid"), true));
            report.append(measure("统计看板 (dashboard)", "dashboard", By.id("dashboard-overview"), true));
            report.append(measure("技术创新中心 (centers)", "centers", By.tagName("vaadin-grid"), true));
        } finally {
            driver.quit();
        }
        System.out.println(report);
    }

    /** Opens N sessions on a view, each in a fresh cookie jar, and reports the heap they keep. */
    private String measure(String label, String route, By rendered, boolean login) {
        // warm up: classes, caches and per-service state are not the sessions'
        for (int i = 0; i < 3; i++) {
            open(route, rendered, login);
        }
        long usedBefore = usedAfterGc();
        int liveBefore = sessions.live.get();
        int createdBefore = sessions.created.get();
        long start = System.nanoTime();
        for (int i = 0; i < N; i++) {
            open(route, rendered, login);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long usedAfter = usedAfterGc();
        int kept = sessions.live.get() - liveBefore;
        String line = String.format(Locale.ROOT, "%-34s %8d %14.1f %14s %10.2f%n", label, N,
                (usedAfter - usedBefore) / 1024.0 / N, kept + " of " + (sessions.created.get() - createdBefore)
                        + " made", millis / 1000.0 / N);
        System.out.print(line);
        return line;
    }

    /**
     * One session: the browser forgets its cookies (the previous session stays on the server: the page it leaves
     * tells the server nothing it could match to it), opens the view (through the login form for the portal's views)
     * and waits until it is rendered and no request is in flight.
     */
    private void open(String route, By rendered, boolean login) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/" + route);
        if (login) {
            WebElement user = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#vaadinLoginUsername input")));
            user.sendKeys("bureau");
            WebElement password = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
            password.sendKeys(PortalTestProperties.DEMO_PASSWORD);
            password.sendKeys(Keys.ENTER);
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(rendered));
        BenchBrowser.waitForServer(wait, driver);
    }

    /** The used heap once a full GC frees nothing more (as {@link DesignerHeapBench} takes it). */
    private static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used) {
                break;
            }
            used = now;
        }
        return used;
    }
}
