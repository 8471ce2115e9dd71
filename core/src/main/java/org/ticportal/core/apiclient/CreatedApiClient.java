package org.ticportal.core.apiclient;

import java.util.Objects;

/**
 * A client just created and its bearer token in clear: shown to the administrator once, never stored.
 *
 * @param client the client
 * @param token  the token to hand to the calling system
 */
public record CreatedApiClient(ApiClientRow client, String token) {

    public CreatedApiClient {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
        return "CreatedApiClient[" + client.id() + ", token hidden]";
    }
}
