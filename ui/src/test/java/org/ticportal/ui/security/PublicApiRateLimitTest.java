package org.ticportal.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.ticportal.core.MovableClock;

/**
 * The public API's limit per source address: the calls within the limit pass, the next is answered 429 with the
 * seconds until the oldest call leaves the window and reaches no service; another address is not affected; once the
 * window has moved on the address may call again; the screens and the token API are not counted.
 */
class PublicApiRateLimitTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);
    private final PublicApiRateLimit limit = new PublicApiRateLimit(new ApiProperties(3, Duration.ofMinutes(1)),
            clock);

    @Test
    void theCallAfterTheLimitIsRefusedWithRetryAfterUntilTheWindowMovesOn() throws Exception {
        for (int i = 0; i < 3; i++) {
            Call call = call("/api/public/centers", "203.0.113.7");
            assertThat(call.passed()).isTrue();
            assertThat(call.response().getHeader("X-RateLimit-Limit")).isEqualTo("3;w=60");
            clock.move(Duration.ofSeconds(10));
        }
        Call refused = call("/api/public/notices", "203.0.113.7");
        assertThat(refused.passed()).isFalse();
        assertThat(refused.response().getStatus()).isEqualTo(429);
        // the first call was 30 s ago: it leaves the one-minute window in 30 s
        assertThat(refused.response().getHeader("Retry-After")).isEqualTo("30");
        assertThat(refused.response().getContentType()).startsWith("application/json");
        assertThat(refused.response().getContentAsString()).contains("\"status\":429");

        assertThat(call("/api/public/centers", "198.51.100.2").passed()).isTrue();
        assertThat(call("/api/v1/centers", "203.0.113.7").passed()).isTrue();
        assertThat(call("/centers", "203.0.113.7").passed()).isTrue();

        clock.move(Duration.ofSeconds(31));
        assertThat(call("/api/public/centers", "203.0.113.7").passed()).isTrue();
        assertThat(call("/api/public/centers", "203.0.113.7").passed()).isFalse();
    }

    private Call call(String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        limit.doFilter(request, response, chain);
        return new Call(chain.getRequest() != null, response);
    }

    private record Call(boolean passed, MockHttpServletResponse response) {
    }
}
