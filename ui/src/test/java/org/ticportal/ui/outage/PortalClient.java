package org.ticportal.ui.outage;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ticportal.ui.PortalTestProperties;

/** A browser as far as the login goes: one cookie jar, the login page's CSRF token, the login form POST. */
final class PortalClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    PortalClient(int port) {
        this.port = port;
    }

    /** What the login form POST answered, and how long it took. */
    record LoginAnswer(int status, String location, Duration took) {
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(90)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the login page (which needs no database) and posts the form with its token. */
    LoginAnswer login(String username, String password) throws IOException, InterruptedException {
        Matcher token = CSRF_META.matcher(get("/login").body());
        if (!token.find()) {
            throw new IllegalStateException("The login page carries no CSRF token");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
                .timeout(Duration.ofSeconds(90))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new LoginAnswer(response.statusCode(), response.headers().firstValue("Location").orElse(""), took);
    }

    LoginAnswer loginAsAdmin() throws IOException, InterruptedException {
        return login("admin", PortalTestProperties.DEMO_PASSWORD);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
