/**
 * The API for other systems (开放接口, issue 13): read-only JSON under {@code /api/v1} for machine clients with a bearer
 * token, scoped to the client's jurisdiction by the core services' own scoped queries and audited per call; the public
 * registry and notices under {@code /api/public} without a token; described by OpenAPI ({@code /v3/api-docs}).
 * The records here are the API's contract: plain values, never entities.
 */
@NullMarked
package org.ticportal.ui.api;

import org.jspecify.annotations.NullMarked;
