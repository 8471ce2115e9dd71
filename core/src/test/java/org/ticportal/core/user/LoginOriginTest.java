package org.ticportal.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoginOriginTest {

    @Test
    void anIpv6ClientIsCountedByItsNetworkAnIpv4ClientByItsAddress() {
        assertThat(LoginOrigin.of("2001:db8:1:2:aaaa::1", null).source()).isEqualTo("2001:db8:1:2::/64");
        assertThat(LoginOrigin.of("2001:db8:1:2:bbbb:cccc:dddd:eeee", null).source())
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(LoginOrigin.of("192.0.2.1", null).source()).isEqualTo("192.0.2.1");
        assertThat(LoginOrigin.of(null, null).source()).isEqualTo(LoginOrigin.UNKNOWN_ADDRESS);
    }

    @Test
    void aMalformedCookieGetsANewTokenAndTheTokenIsNeverPrinted() {
        LoginOrigin origin = LoginOrigin.of("192.0.2.1", "not a token");
        assertThat(origin.deviceToken()).matches("[A-Za-z0-9_-]{43}");
        assertThat(LoginOrigin.of("192.0.2.1", origin.deviceToken()).deviceToken()).isEqualTo(origin.deviceToken());
        assertThat(origin.toString()).doesNotContain(origin.deviceToken());
        assertThat(origin.deviceHash()).hasSize(64).doesNotContain(origin.deviceToken());
        assertThatThrownBy(() -> new LoginOrigin("192.0.2.1", "short")).isInstanceOf(IllegalArgumentException.class);
    }
}
