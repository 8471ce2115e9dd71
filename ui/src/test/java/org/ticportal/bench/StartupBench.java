package org.ticportal.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;
import org.ticbench.bare.BareApplication;
import org.ticportal.TicPortalApplication;
import org.ticportal.core.db.EmbeddedMariaDb;
import org.ticportal.ui.PortalTestProperties;

/**
 * P3/P8 of issue 13: start-up and page speed of the portal beside a bare Vaadin application of the same versions
 * ({@link BareApplication}: Spring Boot, Vaadin, Spring Security form login, a landing view and a grid view), measured
 * in one run. Each application is started in a JVM of its own from this module's test class path (with the same JVM
 * and flags, through {@link TimedMain}; Vaadin in production mode, as in the README's start command, whose jar is
 * built in production mode); the portal as that command runs it (profiles {@code demo,dev}, the repository root as
 * working directory, the plugins of this checkout) but on a fresh empty data folder, so it unpacks and starts the
 * embedded MariaDB, migrates and loads the demo data.
 *
 * <p>Per application: the milliseconds from the process start until the login page first answers and until a login
 * POST with a demo account succeeds (polled every 20 ms; "up" must mean "can log in"); then, in a headless Chromium,
 * login → landing rendered and one navigation (首页 → 申报管理, clicking the menu item, until the grid is rendered and
 * the browser has no request in flight), the first (cold) and the median of {@code -Dbench.runs} (default 5) more.
 * Beside them: the embedded MariaDB's own cold start in a fresh folder, the portal's start-up split (each bean's own
 * instantiation time from Spring's start-up steps, grouped), and the ratios to the targets. Then the portal is
 * started again on the data folder of its first start, as every later start is (the database installed, migrated and
 * seeded), beside the embedded MariaDB's own start on a kept folder. Prints figures,
 * asserts nothing about time. The applications' logs go to {@code target/bench-startup-*.log}.
 *
 * <p>Run with {@code ./mvnw -B -ntp -o verify -pl ui -am -Pbench -Dtest=StartupBench
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("bench")
class StartupBench {

    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final Path ROOT = Path.of(System.getProperty("portal.root", "..")).toAbsolutePath().normalize();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String BINARIES = "ticportal.embedded-db.binaries";
    private static final Pattern DB_READY = Pattern.compile("Embedded MariaDB ready .* in (\\d+) ms");

    /** What differs between the two applications. */
    private record App(String name, Class<?> main, Path workingDirectory, List<String> arguments, String user,
                       String password, By landing, By home, By grid) {
    }

    /** One application's figures, in milliseconds. */
    private record Figures(long loginPage, long refused, long canLogIn, long ready, long jvmToMain, long loginFirst,
                           double loginMedian, long navigationFirst, double navigationMedian,
                           Map<String, Long> split, List<String> topBeans, long dbLogged) {
    }

    @Test
    void startupLoginAndNavigationBesideABareVaadinApp() throws Exception {
        Path work = Files.createTempDirectory("tic-startup-bench");
        try {
            long dbOwn = embeddedDatabaseStart(work.resolve("db-only"));
            App bare = new App("bare Vaadin app", BareApplication.class, work, List.of("--spring.config.name=bare"),
                    "bare", PortalTestProperties.DEMO_PASSWORD, By.id("bare-home"), By.id("bare-home"),
                    By.id("bare-grid"));
            App portal = new App("TIC Portal", TicPortalApplication.class, ROOT, List.of(
                    "--spring.profiles.active=demo,dev",
                    "--ticportal.data-dir=" + work.resolve("portal-data"),
                    // the poll may try before the accounts exist: its refusals must not lock the source out
                    "--ticportal.security.max-failed-logins-per-source=1000000",
                    "--ticportal.security.max-failed-logins=1000000"),
                    "bureau", PortalTestProperties.DEMO_PASSWORD, By.cssSelector("#inbox-applications, #inbox-none"),
                    By.id("home-policy"), By.id("applications-grid"));
            Figures b = measure(bare);
            Figures p = measure(portal);
            System.out.println(report(b, p, dbOwn));
            // a restart, as an operator's portal starts every day after the first: the data folder of the first start
            // kept (binaries unpacked, database installed and migrated, demo data written), beside the bare app and
            // the embedded MariaDB's own start on its folder of the first start
            long dbRestart = embeddedDatabaseStart(work.resolve("db-only"));
            Figures restart = measure(portal);
            System.out.println(restartReport(b, restart, dbRestart));
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /**
     * The embedded MariaDB's own cold start as the portal's first start on a fresh data folder makes it: binaries
     * unpacked into the folder (the build's shared binaries folder is not used), database installed, server started,
     * accounts set up.
     */
    private static long embeddedDatabaseStart(Path folder) {
        String shared = System.clearProperty(BINARIES);
        long start = System.nanoTime();
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(folder, 0)) {
            return (System.nanoTime() - start) / 1_000_000;
        } finally {
            if (shared != null) {
                System.setProperty(BINARIES, shared);
            }
        }
    }

    private Figures measure(App app) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        // the same JVM and flags for both; Vaadin in production mode, as the started portal (README) runs it
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classPath, "-Dvaadin.productionMode=true", TimedMain.class.getName(),
                app.main().getName(), "--server.port=" + port));
        command.addAll(app.arguments());
        Path log = Path.of("target", "bench-startup-" + app.main().getSimpleName() + ".log").toAbsolutePath();
        Map<String, String> bench = Collections.synchronizedMap(new LinkedHashMap<>());
        List<String[]> steps = Collections.synchronizedList(new ArrayList<>());
        ProcessBuilder builder = new ProcessBuilder(command).directory(app.workingDirectory().toFile())
                .redirectErrorStream(true);
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        long start = System.nanoTime();
        Process process = builder.start();
        Thread reader = Thread.ofVirtual().start(() -> read(process, log, bench, steps));
        try {
            String base = "http://localhost:" + port + "/";
            // [0]: when the login page first answered; [1]: login POSTs refused after it answered
            long[] loginPage = {-1, 0};
            Awaitility.await().atMost(Duration.ofMinutes(10)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(20)).until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(app.name() + " exited; see " + log);
                        }
                        return tryLogin(base, app, loginPage, start);
                    });
            long canLogIn = (System.nanoTime() - start) / 1_000_000;
            Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> bench.containsKey("end"));
            long[] login = new long[RUNS + 1];
            long[] navigation = new long[RUNS + 1];
            Browser browser = new Browser();
            try {
                for (int i = 0; i <= RUNS; i++) {
                    login[i] = browser.login(base, app);
                    if (i == RUNS) {
                        System.out.println(app.name() + " login → landing, the last run's page as the browser timed it:"
                                + browser.timeline());
                    }
                }
                for (int i = 0; i <= RUNS; i++) {
                    navigation[i] = browser.navigate(app);
                }
            } finally {
                browser.close();
            }
            Map<String, Long> split = new LinkedHashMap<>();
            List<String> top = split(steps, split);
            Matcher db = DB_READY.matcher(bench.getOrDefault("dbLine", ""));
            return new Figures(loginPage[0], loginPage[1], canLogIn, Long.parseLong(bench.get("ready")),
                    Long.parseLong(bench.get("main")), login[0], median(login), navigation[0], median(navigation),
                    split, top, db.find() ? Long.parseLong(db.group(1)) : -1);
        } finally {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
            reader.join(5_000);
        }
    }

    /** One poll: the login page's first answer is noted; then whether a login POST with the app's user succeeds. */
    private static boolean tryLogin(String base, App app, long[] loginPage, long start) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(1)).followRedirects(HttpClient.Redirect.NEVER).build();
        try (client) {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "login"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                return false;
            }
            if (loginPage[0] < 0) {
                loginPage[0] = (System.nanoTime() - start) / 1_000_000;
            }
            Matcher csrf = CSRF.matcher(page.body());
            String form = "username=" + enc(app.user()) + "&password=" + enc(app.password())
                    + (csrf.find() ? "&_csrf=" + enc(csrf.group(1)) : "");
            HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(base + "login"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String location = post.headers().firstValue("Location").orElse("");
            boolean in = post.statusCode() == 302 && !location.contains("error") && !location.endsWith("/login");
            if (!in) {
                loginPage[1]++;
            }
            return in;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Copies the application's output to its log and keeps its {@code BENCH|} lines; the start-up steps (name, bean,
     * own ms, total ms, ms since the JVM started) go to a log of their own beside it, to see what ran when.
     */
    private static void read(Process process, Path log, Map<String, String> bench, List<String[]> steps) {
        Path stepLog = log.resolveSibling(log.getFileName().toString().replace(".log", "-steps.log"));
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); PrintWriter out = new PrintWriter(Files.newBufferedWriter(log));
             PrintWriter stepOut = new PrintWriter(Files.newBufferedWriter(stepLog))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("BENCH|step|")) {
                    steps.add(line.split("\\|", -1));
                    stepOut.println(line);
                    continue;
                }
                out.println(line);
                if (line.startsWith("BENCH|")) {
                    String[] parts = line.split("\\|", 3);
                    bench.put(parts[1], parts[2]);
                } else if (DB_READY.matcher(line).find()) {
                    bench.put("dbLine", line);
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /**
     * Groups the steps' own times: the embedded database (its bean, the data source), JPA and Flyway (the entity
     * manager factory, the migration, the repositories), PF4J (the plugin beans), the start-up data (the seeds run
     * before the web server), the web server, and the rest; returns the 15 beans that took longest themselves.
     */
    private static List<String> split(List<String[]> steps, Map<String, Long> groups) {
        Map<String, Long> byBean = new TreeMap<>();
        for (String group : List.of("embedded MariaDB + data source", "JPA + Flyway", "PF4J plugins",
                "start-up data (seeds)", "web server", "Vaadin", "rest (context, scans, other beans)")) {
            groups.put(group, 0L);
        }
        for (String[] s : steps) {
            String name = s[2];
            String bean = s[3];
            long self = Long.parseLong(s[4]);
            String key = bean.isEmpty() ? name : bean;
            byBean.merge(key, self, Long::sum);
            String b = bean.toLowerCase(Locale.ROOT);
            String group;
            if (b.contains("mariadb") || b.contains("embeddeddatabase") || b.equals("datasource")
                    || b.contains("hikari")) {
                group = "embedded MariaDB + data source";
            } else if (b.contains("entitymanager") || b.contains("flyway") || b.contains("jpa")
                    || b.endsWith("repository") || b.contains("hibernate") || b.contains("envers")) {
                group = "JPA + Flyway";
            } else if (b.contains("plugin") || b.contains("policyprovider")) {
                group = "PF4J plugins";
            } else if (b.equals("startupseeding")) {
                group = "start-up data (seeds)";
            } else if (b.contains("webserver") || b.contains("tomcat")) {
                group = "web server";
            } else if (b.contains("vaadin") || name.contains("vaadin")) {
                group = "Vaadin";
            } else {
                group = "rest (context, scans, other beans)";
            }
            groups.merge(group, self, Long::sum);
        }
        return byBean.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue())).limit(15)
                .map(e -> String.format(Locale.ROOT, "%7d ms  %s", e.getValue(), e.getKey())).toList();
    }

    private static double median(long[] values) {
        long[] warm = java.util.Arrays.copyOfRange(values, 1, values.length);
        java.util.Arrays.sort(warm);
        int n = warm.length;
        return n % 2 == 1 ? warm[n / 2] : (warm[n / 2 - 1] + warm[n / 2]) / 2.0;
    }

    private static String report(Figures bare, Figures portal, long dbOwn) {
        StringBuilder out = new StringBuilder("\n==== start-up and page speed (P3/P8), runs = " + RUNS + " ====\n");
        out.append(String.format(Locale.ROOT, "%-44s %12s %12s%n", "", "bare Vaadin", "TIC Portal"));
        row(out, "JVM start → main (ms)", bare.jvmToMain(), portal.jvmToMain());
        row(out, "process start → login page answers (ms)", bare.loginPage(), portal.loginPage());
        row(out, "process start → a login succeeds (ms)", bare.canLogIn(), portal.canLogIn());
        row(out, "JVM start → application ready (ms)", bare.ready(), portal.ready());
        out.append(String.format(Locale.ROOT, "%-44s %12s %12d%n", "embedded MariaDB's own cold start (ms)", "",
                dbOwn));
        if (portal.dbLogged() >= 0) {
            out.append(String.format(Locale.ROOT, "%-44s %12s %12d%n", "  (in the portal, as it logs it)", "",
                    portal.dbLogged()));
        }
        row(out, "login → landing rendered, first (ms)", bare.loginFirst(), portal.loginFirst());
        out.append(String.format(Locale.ROOT, "%-44s %12.1f %12.1f%n", "login → landing rendered, median (ms)",
                bare.loginMedian(), portal.loginMedian()));
        row(out, "首页 → 申报管理 grid rendered, first (ms)", bare.navigationFirst(), portal.navigationFirst());
        out.append(String.format(Locale.ROOT, "%-44s %12.1f %12.1f%n", "首页 → 申报管理 grid rendered, median (ms)",
                bare.navigationMedian(), portal.navigationMedian()));
        double startRatio = portal.canLogIn() / (double) (bare.canLogIn() + dbOwn);
        out.append(String.format(Locale.ROOT, "ratios: start-up (can log in) %.2f× (bare + database's own start; "
                        + "target ≤ 1.5), login %.2f× (target ≤ 1.3), navigation %.2f× (target ≤ 1.5)%n",
                startRatio, portal.loginMedian() / bare.loginMedian(),
                portal.navigationMedian() / bare.navigationMedian()));
        out.append(String.format(Locale.ROOT, "login page answers before a login succeeds: bare %d ms, portal %d ms "
                        + "(the first POST's own time included); logins refused after the page answered: bare %d, "
                        + "portal %d%n", bare.canLogIn() - bare.loginPage(), portal.canLogIn() - portal.loginPage(),
                bare.refused(), portal.refused()));
        out.append("portal start-up split (own time of Spring's start-up steps, ms; the JVM before main not "
                + "included):\n");
        portal.split().forEach((k, v) -> out.append(String.format(Locale.ROOT, "%9d  %s%n", v, k)));
        out.append("bare start-up split:\n");
        bare.split().forEach((k, v) -> out.append(String.format(Locale.ROOT, "%9d  %s%n", v, k)));
        out.append("portal: beans that took longest themselves:\n");
        portal.topBeans().forEach(s -> out.append("  ").append(s).append('\n'));
        out.append("bare: beans that took longest themselves:\n");
        bare.topBeans().forEach(s -> out.append("  ").append(s).append('\n'));
        return out.toString();
    }

    private static String restartReport(Figures bare, Figures portal, long dbOwn) {
        StringBuilder out = new StringBuilder("\n==== restart on the first start's data folder (P3/P8) ====\n");
        out.append(String.format(Locale.ROOT, "%-44s %12s %12s%n", "", "bare Vaadin", "TIC Portal"));
        row(out, "process start → login page answers (ms)", bare.loginPage(), portal.loginPage());
        row(out, "process start → a login succeeds (ms)", bare.canLogIn(), portal.canLogIn());
        out.append(String.format(Locale.ROOT, "%-44s %12s %12d%n", "embedded MariaDB's own start, its folder kept (ms)",
                "", dbOwn));
        out.append(String.format(Locale.ROOT, "%-44s %12.1f %12.1f%n", "login → landing rendered, median (ms)",
                bare.loginMedian(), portal.loginMedian()));
        out.append(String.format(Locale.ROOT, "%-44s %12.1f %12.1f%n", "首页 → 申报管理 grid rendered, median (ms)",
                bare.navigationMedian(), portal.navigationMedian()));
        out.append(String.format(Locale.ROOT, "ratios on restart: start-up (can log in) %.2f× (bare + database's own"
                        + " start; target ≤ 1.5), login %.2f×, navigation %.2f×%n",
                portal.canLogIn() / (double) (bare.canLogIn() + dbOwn), portal.loginMedian() / bare.loginMedian(),
                portal.navigationMedian() / bare.navigationMedian()));
        out.append("portal restart split (own time of Spring's start-up steps, ms):\n");
        portal.split().forEach((k, v) -> out.append(String.format(Locale.ROOT, "%9d  %s%n", v, k)));
        return out.toString();
    }

    private static void row(StringBuilder out, String label, long bare, long portal) {
        out.append(String.format(Locale.ROOT, "%-44s %12d %12d%n", label, bare, portal));
    }

    /** One headless Chromium, set up as the browser journeys set theirs up. */
    private static final class Browser {

        private final WebDriver driver = BenchBrowser.open();
        private final WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(5));

        Browser() {
            wait.ignoring(StaleElementReferenceException.class);
        }

        /** A fresh session: the login form filled, then the time from pressing Enter to the landing rendered. */
        long login(String base, App app) {
            driver.manage().deleteAllCookies();
            driver.get(base + "login");
            WebElement user = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#vaadinLoginUsername input")));
            user.sendKeys(app.user());
            WebElement password = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
            password.sendKeys(app.password());
            long start = System.nanoTime();
            password.sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(app.landing()));
            BenchBrowser.waitForServer(wait, driver);
            return (System.nanoTime() - start) / 1_000_000;
        }

        /**
         * Where the landing's time went in the browser (the Resource Timing of the page after the login's redirect):
         * the document's response end, DOM content loaded and load, then each request (path, start, duration, ms
         * since the page's navigation began).
         */
        String timeline() {
            Object text = ((JavascriptExecutor) driver).executeScript("""
                    const n = performance.getEntriesByType('navigation')[0];
                    let out = `\n  document ${Math.round(n.responseEnd)} ms, DOM loaded ${Math.round(
                        n.domContentLoadedEventEnd)} ms, load ${Math.round(n.loadEventEnd)} ms, now ${Math.round(
                        performance.now())} ms`;
                    for (const e of performance.getEntriesByType('resource')) {
                      out += `\n  ${Math.round(e.startTime)} +${Math.round(e.duration)} ms ${e.initiatorType} `
                          + e.name.replace(location.origin, '').substring(0, 90);
                    }
                    return out;""");
            return String.valueOf(text);
        }

        /** From 首页, the time from clicking 申报管理 in the menu to its grid rendered with its rows fetched. */
        long navigate(App app) {
            clickMenu("首页");
            wait.until(ExpectedConditions.presenceOfElementLocated(app.home()));
            BenchBrowser.waitForServer(wait, driver);
            long start = System.nanoTime();
            clickMenu("申报管理");
            wait.until(ExpectedConditions.presenceOfElementLocated(app.grid()));
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "const g = arguments[0]; return !g.hasAttribute('loading') && !g.loading",
                    d.findElement(app.grid()))));
            BenchBrowser.waitForServer(wait, driver);
            return (System.nanoTime() - start) / 1_000_000;
        }

        private void clickMenu(String label) {
            WebElement item = wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-side-nav-item[normalize-space(.)='" + label + "']")));
            item.click();
        }

        void close() {
            driver.quit();
        }
    }
}
