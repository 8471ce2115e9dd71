package org.ticportal.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticportal.core.TestUsers.as;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;

/**
 * Calls' times are China's time on a server whose JVM runs in UTC (the CI machine's default zone): the portal's clock
 * is in the configured zone ({@code ticportal.zone}, default Asia/Shanghai), so a call the bureau opens from an hour
 * ago to an hour ahead, entered in China's time, is open now, and "today" is China's day.
 */
@IntegrationTest
class CallTimeZoneIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final TimeZone JVM_DEFAULT = TimeZone.getDefault();

    static {
        // before the application context (and its clock) is made: the JVM runs in UTC, as on the CI machine
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
    }

    @AfterAll
    static void restoreDefaultZone() {
        TimeZone.setDefault(JVM_DEFAULT);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    CallService calls;
    @Autowired
    UserService users;
    @Autowired
    PortalTime time;
    @Autowired
    Clock clock;

    @Test
    void theServerReadsCallTimesAndTodayInChinasTimeWhileTheJvmRunsInUtc() {
        assertThat(ZoneId.systemDefault().normalized()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock.getZone()).isEqualTo(CHINA);
        assertThat(time.zone()).isEqualTo(CHINA);
        Instant now = Instant.now();
        assertThat(time.today()).isIn(LocalDate.ofInstant(now, CHINA),
                LocalDate.ofInstant(now.plus(1, ChronoUnit.MINUTES), CHINA));

        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String bureau = as("root", Role.ADMIN, () -> users.create(new UserDraft("tz" + suffix, "市局", null, null,
                Role.BUREAU, null, null, "990100")).user().getUsername());
        // China's time now, as the bureau's screen shows it: 8 hours ahead of UTC
        LocalDateTime chinaNow = LocalDateTime.ofInstant(now, CHINA).truncatedTo(ChronoUnit.MINUTES);
        CallSummary call = as(bureau, Role.BUREAU, () -> calls.create(new CallDraft("990100", "时区批次" + suffix,
                chinaNow.minusHours(1), chinaNow.plusHours(1), Map.of())));

        assertThat(call.closesAt()).isEqualTo(chinaNow.plusHours(1).atZone(CHINA).toInstant());
        assertThat(time.local(call.closesAt())).isEqualTo(chinaNow.plusHours(1));
        // read in the JVM's zone (UTC) the call would open 7 hours from now: it is open now
        List<Long> open = as(bureau, Role.BUREAU, () -> calls.openNow("990100", call.policyId())).stream()
                .map(CallSummary::id).toList();
        assertThat(open).contains(call.id());
    }
}
