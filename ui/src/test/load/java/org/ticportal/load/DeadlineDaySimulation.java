package org.ticportal.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.RawFileBodyPart;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deadline day (issue 14): applicants arrive over {@code load.rampSeconds} and each logs in, opens their draft, types
 * the unit's address, saves, and submits it to the county — the clicks a browser sends, spoken in Vaadin Flow's own protocol
 * ({@link VaadinUi}). Every step checks its answer (the saved notification, the step's "done" notification, the
 * elements the next step needs), so a refusal counts as an error rather than a fast success.
 *
 * <p>Halfway through the ramp, with {@code load.upgradeJar} set, an administrator uploads that plugin jar under
 * 政策插件 and installs it (the upgrade of a running policy). Its request {@code admin: install upgrade} is the switch;
 * the simulation prints how long it took and how many applicants' requests failed while it ran.
 *
 * <p>Parameters (system properties): {@code load.baseUrl}, {@code load.users}, {@code load.users.offset},
 * {@code load.rampSeconds}, {@code load.csv} (written by {@link LoadSetup}), {@code load.upgradeJar},
 * {@code load.adminUser} ({@code admin}), {@code load.adminPassword} (the demo password).
 */
public class DeadlineDaySimulation extends Simulation {

    private static final String BROWSER = "&v-sw=1920&v-sh=1080&v-tzo=-480&v-rtzo=-480&v-dstd=0&v-dston=false"
            + "&v-tzid=Asia%2FShanghai&v-vw=1600&v-vh=900&v-bw=1600&v-bh=900&v-np=false&v-wn=ROOT-load";
    private static final String UIDL = "/?v-r=uidl&v-uiId=#{uiId}";

    /** When applicants' requests failed (epoch ms), to count those inside the upgrade's window. */
    private static final ConcurrentLinkedQueue<Long> FAILURES = new ConcurrentLinkedQueue<>();
    private static final AtomicLong SWITCH_START = new AtomicLong();
    private static final AtomicLong SWITCH_END = new AtomicLong();
    private static final AtomicLong REQUESTS_IN_SWITCH = new AtomicLong();
    private static volatile String switchOutcome = "not run (no load.upgradeJar)";

    private final LoadConfig config = LoadConfig.fromSystem();
    private final String upgradeJar = System.getProperty("load.upgradeJar", "");

    private final HttpProtocolBuilder protocol = http.baseUrl(config.baseUrl())
            .acceptLanguageHeader("zh-CN,zh;q=0.9")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) TIC Portal load test")
            .disableCaching()
            .shareConnections();

    /** Login as a user of the feeder or the administrator: the form's CSRF token from the login page, then POST. */
    private static ChainBuilder login(String who, String user, String password) {
        return CoreDsl.exec(http(who + ": login page").get("/login")
                        .check(status().is(200))
                        .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
                .exec(http(who + ": login").post("/login")
                        .formParam("username", user)
                        .formParam("password", password)
                        .formParam("_csrf", "#{csrf}")
                        .disableFollowRedirect()
                        .check(status().is(302))
                        .check(header("Location").transform(l -> l.contains("/login") ? "refused: " + l : "ok")
                                .is("ok")));
    }

    /**
     * Opens a route as a browser does: the page, the bootstrap's init request (which builds the UI), then the
     * router's navigation event, whose answer renders the view.
     */
    private static ChainBuilder open(String who, String route, String mustShow) {
        return CoreDsl.exec(session -> session.set("ui", new VaadinUi()))
                .exec(http(who + ": page").get("/" + route).check(status().is(200))
                        // Spring's CSRF token of the page: uploads (no Vaadin request) send it as the browser does
                        .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").optional().saveAs("pageCsrf")))
                .exec(http(who + ": init").get("/?v-r=init&location=" + route.replace("/", "%2F") + "&query="
                                + BROWSER)
                        .check(status().is(200))
                        .check(bodyString().transformWithSession((body, session) -> {
                            VaadinUi ui = session.get("ui");
                            String problem = ui.init(body);
                            return problem == null ? "ok" : problem;
                        }).is("ok")))
                .exec(session -> session.set("uiId", ((VaadinUi) session.get("ui")).uiId()))
                .exec(uidl(who + ": view", (ui, session) -> List.of(ui.navigate(session.getString("route"))),
                        (ui, body) -> ui.has(mustShow) ? null : "no #" + mustShow + ": " + ui.lastAnswer()));
    }

    /**
     * One UIDL round trip: the rpc items built from the page as known, and a check of the answer that returns a
     * problem or {@code null}.
     */
    private static HttpRequestActionBuilder uidl(String name, BiFunction<VaadinUi, Session, List<ObjectNode>> rpc,
                                                 BiFunction<VaadinUi, String, String> check) {
        return http(name).post(UIDL)
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> {
                    VaadinUi ui = session.get("ui");
                    return ui.payload(rpc.apply(ui, session));
                }))
                .check(status().is(200))
                .check(bodyString().transformWithSession((body, session) -> {
                    VaadinUi ui = session.get("ui");
                    String problem = ui.answer(body);
                    if (problem == null) {
                        problem = check.apply(ui, body);
                    }
                    return problem == null ? "ok" : problem;
                }).is("ok"));
    }

    /** Notes when an applicant's request failed, then stops that user (a failed save is not submitted). */
    private static ChainBuilder noteFailure() {
        return CoreDsl.exec(session -> {
            if (session.isFailed() && !session.contains("failed")) {
                FAILURES.add(System.currentTimeMillis());
                return session.set("failed", true);
            }
            if (SWITCH_START.get() != 0 && SWITCH_END.get() == 0) {
                REQUESTS_IN_SWITCH.incrementAndGet();
            }
            return session;
        }).exitHereIfFailed();
    }

    private ScenarioBuilder applicants() {
        return scenario("applicant")
                .feed(csv(config.csv().toString()).queue())
                .exec(login("applicant", "#{username}", "#{password}"))
                .exec(noteFailure())
                .exec(session -> session.set("route", "applications/" + session.getString("applicationId")))
                .exec(open("applicant", "applications/#{applicationId}", "application-save"))
                .exec(noteFailure())
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
                .exec(uidl("applicant: save", (ui, session) -> {
                    List<ObjectNode> rpc = new ArrayList<>(ui.type("field-leadUnit-address",
                            LoadVerify.address(session.getString("username"))));
                    rpc.add(ui.click("application-save"));
                    return rpc;
                }, (ui, body) -> ui.lastAnswerContains("申请书已保存") ? null : "not saved: " + ui.lastAnswer()))
                .exec(noteFailure())
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .exec(uidl("applicant: open 办理 tab", (ui, session) -> {
                    int tabs = ui.child("application-tabs", "vaadin-tabs");
                    return List.of(ui.sync(tabs, "selected", 3), ui.event(tabs, "selected-changed"));
                }, (ui, body) -> ui.has("action-SUBMIT_TO_COUNTY") ? null : "no submit action: " + ui.lastAnswer()))
                .exec(noteFailure())
                .exec(uidl("applicant: submit dialog", (ui, session) -> List.of(ui.click("action-SUBMIT_TO_COUNTY")),
                        (ui, body) -> ui.has("step-confirm") ? null : "no confirm: " + ui.lastAnswer()))
                .exec(noteFailure())
                .pause(Duration.ofMillis(500), Duration.ofSeconds(2))
                .exec(uidl("applicant: submit", (ui, session) -> List.of(ui.click("step-confirm")),
                        (ui, body) -> ui.lastAnswerContains("已办理") ? null : "not submitted: " + ui.lastAnswer()))
                .exec(noteFailure());
    }

    /** The administrator's upgrade: 政策插件, upload the jar, see it validated, install it. */
    private ScenarioBuilder administrator() {
        String admin = System.getProperty("load.adminUser", "admin");
        String password = System.getProperty("load.adminPassword", config.password());
        return scenario("administrator")
                .exec(login("admin", admin, password))
                .exitHereIfFailed()
                .exec(session -> session.set("route", "admin/plugins"))
                .exec(open("admin", "admin/plugins", "plugin-upload"))
                .exitHereIfFailed()
                .exec(session -> {
                    VaadinUi ui = session.get("ui");
                    String target = ui.attribute(ui.node("plugin-upload"), "target");
                    return session.set("uploadTarget", target == null ? "missing-upload-target" : target);
                })
                .exec(http("admin: upload plugin").post("/#{uploadTarget}")
                        .header("X-CSRF-TOKEN", "#{pageCsrf}")
                        .bodyPart(RawFileBodyPart("file", upgradeJar).fileName(Path.of(upgradeJar).getFileName()
                                .toString()).contentType("application/java-archive"))
                        .asMultipartForm()
                        .check(status().in(200, 204)))
                .exitHereIfFailed()
                // the validation's dialog reaches the page with the next round trip once the upload's handler has
                // run (no push): ask, as a browser's next request would, until it is there (at most 30 s)
                .asLongAs(session -> !((VaadinUi) session.get("ui")).has("plugin-install")
                        && (session.contains("polls") ? session.getInt("polls") : 0) < 60, "polls").on(
                        CoreDsl.pause(Duration.ofMillis(500)).exec(uidl("admin: validation", (ui, session) -> List.of(),
                                (ui, body) -> null)))
                .exec(session -> {
                    VaadinUi ui = session.get("ui");
                    return ui.has("plugin-validation-ok") && ui.has("plugin-install") ? session
                            : session.markAsFailed();
                })
                .exitHereIfFailed()
                .exec(session -> {
                    SWITCH_START.set(System.currentTimeMillis());
                    return session;
                })
                .exec(uidl("admin: install upgrade", (ui, session) -> List.of(ui.click("plugin-install")),
                        (ui, body) -> ui.lastAnswerContains("已安装并启动") ? null : "not installed: "
                                + ui.lastAnswer()))
                .exec(session -> {
                    SWITCH_END.set(System.currentTimeMillis());
                    switchOutcome = session.isFailed() ? "FAILED" : "installed";
                    return session;
                });
    }

    {
        switchOutcome = upgradeJar.isBlank() ? "not run (no load.upgradeJar)"
                : "not reached: a step before the install failed (see the errors above)";
        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(applicants().injectOpen(rampUsers(config.users()).during(Duration.ofSeconds(
                Math.max(1, config.rampSeconds())))).protocols(protocol));
        if (!upgradeJar.isBlank()) {
            if (!Files.isRegularFile(Path.of(upgradeJar))) {
                throw new IllegalArgumentException("load.upgradeJar is no file: " + upgradeJar);
            }
            populations.add(administrator().injectOpen(nothingFor(Duration.ofSeconds(config.rampSeconds() / 2)),
                    atOnceUsers(1)).protocols(protocol));
        }
        setUp(populations).assertions(global().failedRequests().count().gte(0L));
    }

    @Override
    public void after() {
        System.out.println();
        long start = SWITCH_START.get();
        long end = SWITCH_END.get();
        if (start == 0 || end == 0) {
            System.out.println("plugin upgrade: " + switchOutcome);
        } else {
            // failures noted while the install ran, and in the second after it (answers already on their way)
            long failedInWindow = FAILURES.stream().filter(t -> t >= start && t <= end + 1000).count();
            System.out.printf("plugin upgrade: %s, the switch took %d ms (%s .. %s); applicant steps finished "
                            + "during it: %d; applicant requests failed during it (+1 s): %d%n", switchOutcome,
                    end - start, Instant.ofEpochMilli(start), Instant.ofEpochMilli(end), REQUESTS_IN_SWITCH.get(),
                    failedInWindow);
        }
        System.out.println("applicants failed (users stopped by a failed step): " + FAILURES.size());
    }
}
