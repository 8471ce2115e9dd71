package org.ticportal.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.apiclient.ApiClientDraft;
import org.ticportal.core.apiclient.ApiClientService;
import org.ticportal.core.apiclient.CreatedApiClient;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.PortalTestProperties;
import org.ticportal.ui.XinzhouSamples;

/**
 * The API for other systems as a plain HTTP client sees it: a client's bearer token reads JSON in its scope only (a
 * client of 忻府区 sees the application 忻府区 received, one of 定襄县 does not); no token, an unknown or a revoked one
 * gets 401 and no session; nothing but GET passes; the public registry and notices need no token; the OpenAPI
 * description lists the paths without login; each call is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiHttpIT {

    @LocalServerPort
    int port;

    @Autowired
    ApiClientService clients;
    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        PortalTestProperties.register(registry);
    }

    @Test
    void aClientReadsItsScopeOnlyAndEachCallIsAudited() throws Exception {
        String reference = XinzhouSamples.submittedToCounty(security, applications, attachments, "接口");
        CreatedApiClient xinfu = create("忻府区接口", "140902");
        CreatedApiClient dingxiang = create("定襄县接口", "140921");

        HttpResponse<String> centers = get("/api/v1/centers?size=200", xinfu.token());
        assertThat(centers.statusCode()).isEqualTo(200);
        assertThat(centers.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        assertThat(centers.body()).contains("\"items\":").contains("\"total\":");
        assertThat(centers.headers().firstValue("Set-Cookie")).isEmpty();

        String query = "/api/v1/applications?size=200&text=" + URLEncoder.encode(reference, StandardCharsets.UTF_8);
        HttpResponse<String> seen = get(query, xinfu.token());
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(seen.body()).contains(reference).contains("\"total\":1").contains("\"division\":\"140902\"");
        HttpResponse<String> sorted = get(query + "&sort=referenceNo,desc", xinfu.token());
        assertThat(sorted.statusCode()).isEqualTo(200);
        assertThat(sorted.body()).contains(reference);
        assertThat(get("/api/v1/applications?sort=dataJson", xinfu.token()).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/evaluations?sort=score,desc", xinfu.token()).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/calls?sort=title", xinfu.token()).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/notices?sort=publishedAt,desc", xinfu.token()).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/centers?sort=leadUnit", xinfu.token()).statusCode()).isEqualTo(200);
        HttpResponse<String> unseen = get(query, dingxiang.token());
        assertThat(unseen.statusCode()).isEqualTo(200);
        assertThat(unseen.body()).doesNotContain(reference).contains("\"total\":0");

        for (String path : new String[] {"/api/v1/calls", "/api/v1/notices", "/api/v1/evaluations"}) {
            assertThat(get(path, xinfu.token()).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(get("/api/v1/centers?size=201", xinfu.token()).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/centers?status=NOPE", xinfu.token()).statusCode()).isEqualTo(400);

        assertThat(jdbc.queryForList("select comment from audit_event where subject_type = 'API_CLIENT'"
                        + " and action = 'API_CALL' and actor = ? order by id", String.class,
                "api:" + xinfu.client().id()))
                .contains(xinfu.client().name() + " GET /api/v1/centers?page=0&size=200 rows=0",
                        xinfu.client().name() + " GET /api/v1/applications?text=" + reference
                                + "&page=0&size=200 rows=1");
    }

    @Test
    void withoutAValidTokenTheApiAnswers401AndNothingButGetPasses() throws Exception {
        HttpResponse<String> none = get("/api/v1/centers", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                h -> assertThat(h).startsWith("Bearer"));
        assertThat(none.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(get("/api/v1/centers", "ticp_not-a-token").statusCode()).isEqualTo(401);

        CreatedApiClient client = create("吊销测试", null);
        assertThat(get("/api/v1/centers", client.token()).statusCode()).isEqualTo(200);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/api/v1/centers"))
                .header("Authorization", "Bearer " + client.token())
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isIn(403, 405);
        long version = jdbc.queryForObject("select version from api_client where id = ?", Long.class,
                client.client().id());
        Acting.as(security, "admin", Role.ADMIN, () -> clients.revoke(client.client().id(), version));
        assertThat(get("/api/v1/centers", client.token()).statusCode()).isEqualTo(401);
    }

    @Test
    void thePublicRegistryAndNoticesAndTheApiDescriptionNeedNoToken() throws Exception {
        HttpResponse<String> centers = get("/api/public/centers", null);
        assertThat(centers.statusCode()).isEqualTo(200);
        assertThat(centers.body()).contains("\"items\":");
        assertThat(centers.headers().firstValue("X-RateLimit-Limit")).hasValue("120;w=60");
        assertThat(get("/api/public/notices?size=5", null).statusCode()).isEqualTo(200);
        assertThat(get("/api/public/centers?sort=recognizedOn,desc", null).statusCode()).isEqualTo(200);
        HttpResponse<String> badSort = get("/api/public/centers?sort=unitId", null);
        assertThat(badSort.statusCode()).isEqualTo(400);

        HttpResponse<String> docs = get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/centers", "/api/v1/applications", "/api/v1/calls",
                "/api/v1/notices", "/api/v1/evaluations", "/api/public/centers", "/api/public/notices", "bearer");
        HttpResponse<String> ui = get("/swagger-ui/index.html", null);
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
        // the screens still ask for a login
        assertThat(get("/centers", null).statusCode()).isEqualTo(302);
    }

    private CreatedApiClient create(String name, String division) {
        return Acting.as(security, "admin", Role.ADMIN,
                () -> clients.create(new ApiClientDraft(name + "-" + System.nanoTime() % 100000, "140900", division)));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
