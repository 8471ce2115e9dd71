package org.ticportal.core.expert;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.core.common.StartupSeed;

/**
 * Demo data (the {@code demo} profile only): a small expert pool for Xinzhou (140900) whose first three experts are the
 * demo accounts {@code expert}, {@code expert2} and {@code expert3}, one expert of the demo applicant unit and one of
 * 忻州师范学院 (a co-builder the demo may name), whom a draw for the demo unit's application avoids. Names and units
 * are data, stored in Chinese from core's bundle. Loaded before the web server starts ({@link StartupSeed}).
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "ticportal.demo-data.enabled", havingValue = "true")
class DemoExperts implements StartupSeed {

    /** The demo pool: its texts' key (name and unit in core's bundle), title level, field, login. */
    private record Demo(String key, String titleLevel, String field, String username) {
    }

    private static final String XINZHOU = "140900";

    private static final List<Demo> POOL = List.of(
            new Demo("expert.demo.1", "FULL_SENIOR", "SPECIAL_METALS", "expert"),
            new Demo("expert.demo.2", "FULL_SENIOR", "SPECIAL_METALS", "expert2"),
            new Demo("expert.demo.3", "DEPUTY_SENIOR", "SPECIAL_METALS,FINANCE", "expert3"),
            new Demo("expert.demo.4", "DEPUTY_SENIOR", "SPECIAL_METALS", ""),
            new Demo("expert.demo.5", "FULL_SENIOR", "SPECIAL_METALS", ""));

    private final ExpertRepository experts;
    private final Clock clock;

    DemoExperts(ExpertRepository experts, Clock clock) {
        this.experts = experts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void seed() {
        if (experts.count() > 0) {
            return;
        }
        for (Demo d : POOL) {
            Expert e = new Expert(XINZHOU, new ExpertDraft(CoreMessages.text(d.key() + ".name").zh(),
                    CoreMessages.text(d.key() + ".unit").zh(), null, d.titleLevel(),
                    List.of(d.field().split(",")), null, null, true), clock.instant());
            if (!d.username().isEmpty()) {
                e.linkLogin(d.username());
            }
            experts.save(e);
        }
    }
}
