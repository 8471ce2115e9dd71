package org.ticportal.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.ui.PortalTestProperties;

/** The login form and the pages as a plain HTTP client sees them: CSRF on the login POST. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSecurityIT {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

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
}
