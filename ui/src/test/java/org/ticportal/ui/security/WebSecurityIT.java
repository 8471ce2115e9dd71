package org.ticportal.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.user.SecurityPolicyProperties;
import org.ticportal.ui.PortalTestProperties;

/**
 * The login form and the pages as a plain HTTP client sees them: CSRF on the login POST; one answer for every refused
 * login; lock-out per source and per account that nobody can turn against an account's holder; the security headers
 * of every kind of response, the session cookie behind a TLS proxy, and an oversize upload sent past the browser.
 * Clients come from different addresses through {@code X-Forwarded-For}, as behind a reverse proxy the portal is told
 * to trust ({@code server.forward-headers-strategy}); the documentation ranges 192.0.2.0/24, 198.51.100.0/24 and
 * 203.0.113.0/24 keep the tests apart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@Import(WebSecurityIT.AheadClock.Config.class)
@ExtendWith(OutputCaptureExtension.class)
class WebSecurityIT {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SCRIPT = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"");
    /** The upload limit of the built-in configuration (spring.servlet.multipart.max-request-size). */
    private static final long UPLOAD_LIMIT = 100L * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AheadClock clock;

    @Autowired
    SecurityPolicyProperties policy;

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        PortalTestProperties.register(registry);
    }

    private HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(HttpClient client, String form) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String credentials() {
        return "username=admin&password=" + URLEncoder.encode(PortalTestProperties.DEMO_PASSWORD,
                StandardCharsets.UTF_8);
    }

    @Test
    void aLoginPostWithoutTheCsrfTokenIsRefused() throws Exception {
        HttpClient client = client();
        assertThat(get(client, "/login").statusCode()).isEqualTo(200); // a session, as a browser would have

        HttpResponse<String> response = postLogin(client, credentials());

        // refused: 403, or Vaadin's access-denied handling sending the browser back to the login page
        if (response.statusCode() != 403) {
            assertThat(response.statusCode()).as("refused, not logged in").isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as("back to the login")
                    .contains("/login");
        }
        assertThat(get(client, "/").statusCode()).as("still anonymous: sent to the login").isEqualTo(302);
    }

    @Test
    void aLoginPostWithTheTokenOfTheLoginPageSucceeds() throws Exception {
        HttpClient client = client();
        HttpResponse<String> page = get(client, "/login");
        Matcher token = CSRF_META.matcher(page.body());
        assertThat(token.find()).as("the login page carries the token its form posts").isTrue();

        HttpResponse<String> response = postLogin(client, credentials() + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
    }

    /** A client signed in as the administrator through the login form. */
    private HttpClient signedIn() throws IOException, InterruptedException {
        HttpClient client = client();
        Matcher token = CSRF_META.matcher(get(client, "/login").body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> login = postLogin(client, credentials() + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
        return client;
    }

    private static void assertSecurityHeaders(HttpResponse<?> response, String what) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).as(what + ": CSP").hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                        "connect-src 'self'"));
        assertThat(headers.allValues("X-Content-Type-Options")).as(what + ": nosniff").containsExactly("nosniff");
        assertThat(headers.allValues("X-Frame-Options")).as(what + ": framing").containsExactly("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as(what + ": referrer")
                .hasValue("strict-origin-when-cross-origin");
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        HttpClient anonymous = client();
        HttpResponse<String> loginPage = get(anonymous, "/login");
        assertSecurityHeaders(loginPage, "the login page");
        assertSecurityHeaders(get(anonymous, "/"), "the redirect to the login");

        HttpClient client = signedIn();
        HttpResponse<String> page = get(client, "/admin/users");
        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page, "a signed-in Vaadin page");
        HttpResponse<String> init = get(client, "/?v-r=init&location=admin%2Fusers");
        assertThat(init.statusCode()).isEqualTo(200);
        assertSecurityHeaders(init, "Vaadin's bootstrap request");
        Matcher script = SCRIPT.matcher(page.body());
        assertThat(script.find()).as("the page loads Vaadin's bundle").isTrue();
        assertSecurityHeaders(get(client, "/" + script.group(1)), "Vaadin's bundle");
        assertSecurityHeaders(get(client, "/styles/app.css"), "the portal's style sheet");
        assertSecurityHeaders(get(client, "/VAADIN/no-such-file.js"), "a missing resource");
    }

    /**
     * Pages and Vaadin's requests are stored nowhere; Vaadin's bundle keeps the caching Vaadin gives it, without a
     * {@code Pragma: no-cache} beside it, which Chromium obeys over {@code Cache-Control} (it then re-asked for each
     * script on every page load).
     */
    @Test
    void pagesAreNotCachedButVaadinsBundleIs() throws Exception {
        HttpClient anonymous = client();
        // one Cache-Control each: a second one beside it (e.g. Vaadin's and ours) would leave the browser to choose
        assertThat(get(anonymous, "/login").headers().allValues("Cache-Control")).as("the login page")
                .singleElement().asString().contains("no-store");
        HttpClient client = signedIn();
        HttpResponse<String> page = get(client, "/admin/users");
        assertThat(page.headers().allValues("Cache-Control")).as("a signed-in page")
                .singleElement().asString().contains("no-store");
        assertThat(get(client, "/?v-r=init&location=admin%2Fusers").headers().allValues("Cache-Control"))
                .as("Vaadin's bootstrap request").singleElement().asString().contains("no-store");
        Matcher script = SCRIPT.matcher(page.body());
        assertThat(script.find()).as("the page loads Vaadin's bundle").isTrue();
        HttpResponse<String> bundle = get(client, "/" + script.group(1));
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().allValues("Pragma")).as("Vaadin's bundle: no Pragma").doesNotContain("no-cache");
        assertThat(bundle.headers().allValues("Cache-Control")).as("Vaadin's bundle: Vaadin's caching")
                .singleElement().asString().doesNotContain("no-store");
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndRedirectsUseHttps() throws Exception {
        HttpResponse<String> direct = get(client(), "/login");
        assertThat(direct.headers().allValues("Set-Cookie")).singleElement().asString()
                .contains("JSESSIONID=", "HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        HttpClient client = client();
        HttpResponse<String> proxied = client.send(HttpRequest.newBuilder(uri("/"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(proxied.statusCode()).isEqualTo(302);
        assertThat(proxied.headers().allValues("Set-Cookie")).singleElement().asString()
                .contains("JSESSIONID=", "Secure", "HttpOnly", "SameSite=Lax");
        assertThat(proxied.headers().firstValue("Location").orElseThrow()).startsWith("https://")
                .endsWith("/login");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).as("HSTS on https")
                .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age="));
    }

    @Test
    void theSessionIdTravelsInTheCookieOnlyNeverInAUrl() throws Exception {
        assertThat(servletContext.getEffectiveSessionTrackingModes()).isEqualTo(Set.of(SessionTrackingMode.COOKIE));
        HttpResponse<String> first = get(client(), "/");
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/login")
                .doesNotContainIgnoringCase("jsessionid");
        assertThat(first.headers().allValues("Set-Cookie")).singleElement().asString().startsWith("JSESSIONID=");
    }

    /**
     * Two nodes behind HAProxy (issue 14, docs/deployment-two-nodes.md): when a node dies, HAProxy sends its users here
     * with the session cookie the dead node gave them (and HAProxy's own SERVERID cookie, which the portal ignores).
     * This node does not know the session: a page is sent to the login page, and a Vaadin request of the page that was
     * open is answered "session expired" (the browser then reloads, onto the login page) — never an error page.
     */
    @Test
    void aSessionCookieOfAnotherNodeLeadsToTheLoginPageNotAnError() throws Exception {
        HttpClient client = client();
        String deadNode = "JSESSIONID=0123456789ABCDEF0123456789ABCDEF; SERVERID=n1";
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/applications"))
                .header("Cookie", deadNode).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        HttpResponse<String> uidl = client.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
                .header("Cookie", deadNode).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"00000000-0000-0000-0000-000000000000\","
                        + "\"rpc\":[],\"syncId\":1,\"clientId\":1}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uidl.statusCode()).as("%s", uidl.body()).isEqualTo(200);
        assertThat(uidl.body()).contains("\"sessionExpired\":true");

        HttpResponse<String> login = get(client, "/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(CSRF_META.matcher(login.body()).find()).as("the login form").isTrue();
    }

    @Test
    void anOversizeUploadSentPastTheBrowserGetsAShortAnswerAndNoStackTrace(CapturedOutput output) throws Exception {
        HttpResponse<String> response = oversizeUpload(signedIn(), true, "zh-CN");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(response.body()).contains("上传的内容过大", "100 MB").doesNotContain("<html", "Exception");
        assertSecurityHeaders(response, "the refusal");
        assertThat(output.getAll()).contains("Refused a request body").doesNotContain("\tat ")
                .doesNotContain("SizeLimitExceededException");
    }

    @Test
    void anOversizeUploadWithoutADeclaredLengthIsRefusedTheSameWay(CapturedOutput output) throws Exception {
        HttpResponse<String> response = oversizeUpload(signedIn(), false, "en");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("too large", "100 MB").doesNotContain("<html", "Exception");
        assertThat(output.getAll()).contains("Refused a request body").doesNotContain("\tat ")
                .doesNotContain("SizeLimitExceededException");
    }

    /**
     * A multipart POST of a file just over the limit to an upload address, as a client that skips the browser's size
     * check sends it: with its length declared (and {@code Expect: 100-continue}), or streamed in chunks.
     */
    private HttpResponse<String> oversizeUpload(HttpClient client, boolean declaredLength, String language)
            throws IOException, InterruptedException {
        String boundary = "----tic" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        long size = UPLOAD_LIMIT + 1024;
        HttpRequest.BodyPublisher parts = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofByteArray(head),
                HttpRequest.BodyPublishers.ofInputStream(() -> new ZeroStream(size)),
                HttpRequest.BodyPublishers.ofByteArray(tail));
        HttpRequest.BodyPublisher body = declaredLength
                ? HttpRequest.BodyPublishers.fromPublisher(parts, head.length + size + tail.length) : parts;
        return client.send(HttpRequest.newBuilder(
                        uri("/VAADIN/dynamic/resource/1/00000000-0000-0000-0000-000000000000/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", language)
                .expectContinue(declaredLength).POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code size} zero bytes, without holding them in memory. */
    private static final class ZeroStream extends java.io.InputStream {
        private long left;

        ZeroStream(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            left -= n;
            return n;
        }
    }

    /** A login as a browser at {@code address} makes it: the login page, then the form POST with its token. */
    private HttpResponse<String> login(HttpClient client, String address, String username, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-For", address).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF_META.matcher(page.body());
        assertThat(token.find()).as("the login page carries the token its form posts").isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Where a login sends a new browser (no cookies) at {@code address}: what the one who tried sees. */
    private String answer(String address, String username, String password) throws Exception {
        return answer(client(), address, username, password);
    }

    private String answer(HttpClient client, String address, String username, String password) throws Exception {
        HttpResponse<String> response = login(client, address, username, password);
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.contains("/login") ? location : "signed in";
    }

    private static String demo() {
        return PortalTestProperties.DEMO_PASSWORD;
    }

    @Test
    void afterManyWrongPasswordsARealAccountIsAnsweredExactlyAsAnUnknownName() throws Exception {
        for (int i = 1; i <= 10; i++) { // ten sources, one failure each: no source is locked
            assertThat(answer("198.51.100." + i, "province", "wrong-" + i))
                    .isEqualTo(answer("198.51.100." + (100 + i), "nobody-" + i, "wrong-" + i));
        }
        String unknownName = answer("198.51.100.50", "nobody", demo());
        assertThat(unknownName).endsWith("/login?error");
        assertThat(answer("198.51.100.51", "province", demo())).as("the right password from a new browser")
                .isEqualTo(unknownName);
        assertThat(answer("198.51.100.52", "province", "wrong")).isEqualTo(unknownName);
        String id = String.valueOf(jdbc.queryForObject("select id from app_user where username = 'province'",
                Long.class));
        var history = jdbc.queryForList("select action from audit_event where subject_type = 'USER'"
                + " and subject_id = ? order by id", String.class, id);
        assertThat(history).containsSubsequence("LOGIN_FAILED", "LOCKED", "LOGIN_REFUSED");
        assertThat(history).as("each wrong password counted once").filteredOn("LOGIN_FAILED"::equals).hasSize(11);
    }

    @Test
    void aSourceThatFailsTooOftenIsRefusedForEveryAccountWhileAnotherSourceSignsIn() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(answer("203.0.113.7", "county", "wrong-" + i)).endsWith("/login?error");
        }
        assertThat(answer("203.0.113.7", "city", demo())).as("the locked source, another account")
                .endsWith("/login?error");
        assertThat(answer("203.0.113.8", "city", demo())).as("another source").isEqualTo("signed in");
        assertThat(answer("203.0.113.9", "county", demo())).as("the account itself is not locked by one source")
                .isEqualTo("signed in");
        assertThat(jdbc.queryForList("select action from audit_event where subject_type = 'LOGIN_SOURCE'"
                + " and subject_id = '203.0.113.7'", String.class)).containsExactly("SOURCE_LOCKED");
    }

    /**
     * An account disabled while it is signed in (here by SQL, as another node's administrator would) stops working at
     * its first request after the session's next check (the clock moved on by the check interval): the session ends,
     * and the browser meets the login page, also once the account is enabled again; requests between two checks read
     * no account (they go on); a colleague signed in beside it keeps working.
     */
    @Test
    void aSessionEndsAtItsNextCheckOnceItsAccountIsDisabled() throws Exception {
        HttpClient disabled = client();
        HttpClient colleague = client();
        assertThat(answer(disabled, "198.51.100.70", "expert3", demo())).isEqualTo("signed in");
        assertThat(answer(colleague, "198.51.100.71", "expert2", demo())).isEqualTo("signed in");
        HttpResponse<String> before = get(disabled, "/"); // the session's first check
        assertThat(before.statusCode()).as("signed in: the portal's page").isEqualTo(200);
        assertThat(before.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
        try {
            jdbc.update("update app_user set enabled = false where username = 'expert3'");
            HttpResponse<String> between = get(disabled, "/");
            assertThat(between.statusCode()).as("before the next check").isEqualTo(200);
            assertThat(between.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));

            clock.moveOn(policy.accountCheckInterval());
            // the session ends: the request goes on as anonymous in a new session (Vaadin's page then shows the
            // login view), and the next one is sent to the login
            HttpResponse<String> next = get(disabled, "/");
            assertThat(next.headers().allValues("Set-Cookie")).as("a new, anonymous session")
                    .anyMatch(c -> c.startsWith("JSESSIONID="));
            HttpResponse<String> after = get(disabled, "/");
            assertThat(after.statusCode()).as("anonymous: sent to the login").isEqualTo(302);
            assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
            assertThat(get(colleague, "/").statusCode()).as("the colleague works on").isEqualTo(200);
        } finally {
            jdbc.update("update app_user set enabled = true where username = 'expert3'");
        }
        assertThat(get(disabled, "/").statusCode()).as("the ended session stays ended").isEqualTo(302);
        assertThat(answer(disabled, "198.51.100.72", "expert3", demo())).as("enabled again: a new login")
                .isEqualTo("signed in");
    }

    @Test
    void anAccountAttackedFromManySourcesLetsItsHolderInFromAKnownBrowserOnly() throws Exception {
        HttpResponse<String> first = login(client(), "192.0.2.1", "applicant", demo());
        String cookie = first.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("TICPORTAL_DEVICE=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Max-Age=").doesNotContain("Secure");
        String token = cookie.substring("TICPORTAL_DEVICE=".length(), cookie.indexOf(';'));

        for (int i = 10; i < 20; i++) {
            assertThat(answer("192.0.2." + i, "applicant", "guess-" + i)).endsWith("/login?error");
        }
        assertThat(answer("192.0.2.30", "applicant", demo())).as("the password alone, from a new browser")
                .endsWith("/login?error");

        CookieManager holderCookies = new CookieManager();
        HttpCookie device = new HttpCookie("TICPORTAL_DEVICE", token);
        device.setPath("/");
        device.setVersion(0);
        holderCookies.getCookieStore().add(uri("/"), device);
        HttpClient holder = HttpClient.newBuilder().cookieHandler(holderCookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(answer(holder, "192.0.2.31", "applicant", demo())).as("the holder's browser, from anywhere")
                .isEqualTo("signed in");
    }

    /**
     * The portal's clock as a test moves it on: the system's time plus what the test added, so that a wait the portal
     * counts (the account check interval) passes without the test sleeping through it. In the portal's zone
     * ({@code ticportal.zone}, Asia/Shanghai by default); a view in another zone moves on with it.
     */
    static final class AheadClock extends Clock {

        private final AtomicReference<Duration> ahead;
        private final Clock system;

        AheadClock(ZoneId zone) {
            this(new AtomicReference<>(Duration.ZERO), Clock.system(zone));
        }

        private AheadClock(AtomicReference<Duration> ahead, Clock system) {
            this.ahead = ahead;
            this.system = system;
        }

        @TestConfiguration
        static class Config {
            @Bean
            @Primary
            AheadClock aheadClock(@Value("${ticportal.zone:Asia/Shanghai}") String zone) {
                return new AheadClock(ZoneId.of(zone));
            }
        }

        void moveOn(Duration duration) {
            ahead.updateAndGet(d -> d.plus(duration));
        }

        @Override
        public ZoneId getZone() {
            return system.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new AheadClock(ahead, system.withZone(zone));
        }

        @Override
        public Instant instant() {
            return system.instant().plus(ahead.get());
        }
    }
}
