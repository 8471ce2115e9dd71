package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 开放接口 in a browser: the administrator creates a client of 忻州市 under 开放接口, copies the token the dialog shows
 * once, and another system's HTTP call with it reads the centers; after 吊销 (confirmed) the same call is refused.
 */
class ApiClientJourneyIT extends BrowserJourney {

    @Test
    void theAdministratorCreatesAClientWhoseTokenThenWorksUntilRevoked() throws Exception {
        login("admin", demoPassword());
        driver.get(url("admin/api-clients"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-client-new")));
        click(By.id("api-client-new"));
        type("api-client-name", "门户网站旅程");
        chooseContaining("api-client-jurisdiction", "140900");
        screenshot("api-client-dialog");
        click(By.id("api-client-create"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-client-token")));
        waitForServer();
        String token = String.valueOf(js("return document.getElementById('api-client-token').value"));
        assertThat(token).startsWith("ticp_");
        screenshot("api-client-token");
        click(By.id("api-client-token-close"));
        wait.until(d -> gridCells().contains("门户网站旅程"));
        screenshot("api-clients");

        assertThat(call(token)).isEqualTo(200);

        click(By.xpath("//vaadin-button[starts-with(@id,'api-client-revoke-')]"));
        click(By.xpath("//vaadin-confirm-dialog-overlay//vaadin-button[@slot='confirm-button']"
                + " | //vaadin-confirm-dialog//vaadin-button[@slot='confirm-button']"));
        waitForServer();
        wait.until(d -> gridCells().contains("已吊销"));
        screenshot("api-clients-revoked");
        assertThat(call(token)).isEqualTo(401);
        logout();
    }

    private int call(String token) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("api/v1/centers"))).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }
}
