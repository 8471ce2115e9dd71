package org.ticportal.core.call;

import java.time.LocalDate;
import java.time.LocalTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.common.StartupSeed;
import org.ticportal.core.common.SystemAuthentication;
import org.ticportal.core.policy.Jurisdiction;
import org.ticportal.core.policy.JurisdictionPolicyService;

/**
 * Demo data ({@code ticportal.demo-data.enabled}, the {@code demo} profile): each jurisdiction with a running policy and
 * no call yet gets one open call, from yesterday to 60 days on at 17:30, so that the calls screen and filing in a call
 * can be tried with the demo accounts. Loaded before the web server starts ({@link StartupSeed}), after the calendars
 * (the deadline is a working-day question).
 */
@Component
@Order(200)
class DemoCalls implements StartupSeed {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCalls.class);

    private final CallService calls;
    private final PortalTime time;
    private final JurisdictionPolicyService jurisdictions;
    private final boolean enabled;

    DemoCalls(CallService calls, JurisdictionPolicyService jurisdictions, PortalTime time,
              @Value("${ticportal.demo-data.enabled:false}") boolean enabled) {
        this.calls = calls;
        this.time = time;
        this.jurisdictions = jurisdictions;
        this.enabled = enabled;
    }

    @Override
    public void seed() {
        if (!enabled) {
            return;
        }
        SystemAuthentication.run(() -> {
            for (Jurisdiction j : jurisdictions.jurisdictions()) {
                try {
                    LocalDate today = time.today();
                    String title = CoreMessages.text("call.demo.title", String.valueOf(today.getYear()),
                            j.name().zh()).zh();
                    calls.seedDemo(j.code(), title, today.minusDays(1).atStartOfDay(),
                            today.plusDays(60).atTime(LocalTime.of(17, 30)));
                } catch (RuntimeException e) {
                    LOG.warn("No demo call for jurisdiction {}: {}", j.code(), e.toString());
                }
            }
        });
    }
}
