package org.ticportal.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.CrudRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;

/**
 * The audit screen's search on real MariaDB (审计记录, 三权分立): the trail filtered by user, record type, record id,
 * action and period, paged and sorted in the database; administrators and auditors read it, bureau staff do not; an
 * auditor records no change; the trail has no way to be edited or deleted.
 */
@IntegrationTest
class AuditSearchIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    AuditService audit;
    @Autowired
    Clock clock;

    /**
     * Records, as a user of its own, seven changes of two centers and one of a unit (outside the test's login, as the
     * services of that user would); returns the user's name.
     */
    private String someChanges() {
        SecurityContext login = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return recordChanges();
        } finally {
            SecurityContextHolder.setContext(login);
        }
    }

    private String recordChanges() {
        String actor = "aud-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 6; i++) {
            audit.recordAs(actor, AuditSubject.CENTER, actor + "-c1", AuditAction.RENAMED, "名称" + i, "名称" + (i + 1), "第" + i + "次");
        }
        audit.recordAs(actor, AuditSubject.CENTER, actor + "-c2", AuditAction.CREATED, null, "新中心", null);
        audit.recordAs(actor, AuditSubject.UNIT, actor + "-u1", AuditAction.CONFIRMED, "REGISTERED", "CONFIRMED", "核实无误");
        return actor;
    }

    @Test
    @WithMockUser(username = "auditor-test", roles = "AUDITOR")
    void anAuditorFindsAUsersChangesByRecordTypeRecordActionAndDayWithBeforeAndAfter() {
        String actor = someChanges();
        AuditFilter byUser = AuditFilter.ALL.withActor(actor);

        assertThat(audit.count(byUser)).isEqualTo(8);
        assertThat(audit.count(byUser.withSubject(AuditSubject.CENTER))).isEqualTo(7);
        assertThat(audit.count(byUser.withSubject(AuditSubject.UNIT))).isEqualTo(1);
        assertThat(audit.count(AuditFilter.of(AuditSubject.CENTER, actor + "-c2"))).isEqualTo(1);
        assertThat(audit.count(byUser.withAction("CONFIRMED"))).isEqualTo(1);
        assertThat(audit.count(AuditFilter.ALL.withActor(actor.substring(0, 7)).withSubjectId(actor + "-u1")))
                .as("a user name's beginning finds the user").isEqualTo(1);

        AuditEvent unit = audit.search(byUser.withSubject(AuditSubject.UNIT), PageRequest.of(0, 10)).getContent().getFirst();
        assertThat(unit.getFromState()).isEqualTo("REGISTERED");
        assertThat(unit.getToState()).isEqualTo("CONFIRMED");
        assertThat(unit.getComment()).isEqualTo("核实无误");

        LocalDate today = LocalDate.now(clock);
        assertThat(audit.count(byUser.withPeriod(today, today))).isEqualTo(8);
        assertThat(audit.count(byUser.withPeriod(null, today.minusDays(1)))).isZero();
        assertThat(audit.count(byUser.withPeriod(today.plusDays(1), null))).isZero();
        assertThatThrownBy(() -> byUser.withPeriod(today, today.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithMockUser(username = "admin-test", roles = "ADMIN")
    void theTrailIsPagedAndSortedInTheDatabaseNewestFirstByDefault() {
        String actor = someChanges();
        AuditFilter centers = AuditFilter.ALL.withActor(actor).withSubject(AuditSubject.CENTER);

        Page<AuditEvent> first = audit.search(centers, PageRequest.of(0, 3));
        Page<AuditEvent> last = audit.search(centers, PageRequest.of(2, 3));
        assertThat(first.getTotalElements()).isEqualTo(7);
        assertThat(first.getContent()).hasSize(3);
        assertThat(last.getContent()).hasSize(1);
        assertThat(first.getContent().getFirst().getAction()).as("newest first").isEqualTo("CREATED");
        assertThat(last.getContent().getFirst().getToState()).as("oldest last").isEqualTo("名称2");

        Page<AuditEvent> byAction = audit.search(centers, PageRequest.of(0, 10, Sort.by("action")));
        assertThat(byAction.getContent().getFirst().getAction()).isEqualTo("CREATED");
        assertThat(byAction.getContent().getLast().getAction()).isEqualTo("RENAMED");
        assertThat(audit.search(centers, PageRequest.of(0, 10, Sort.by("comment", "no-such-column"))).getContent())
                .as("only the offered columns sort").hasSize(7);
    }

    @Test
    @WithMockUser(username = "bureau-test", roles = "BUREAU")
    void bureauStaffCannotReadTheAuditScreen() {
        assertThatThrownBy(() -> audit.search(AuditFilter.ALL, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(AuditFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "auditor-test", roles = "AUDITOR")
    void anAuditorChangesNothingTheirOwnAccountAndExportsAside() {
        assertThatThrownBy(() -> audit.record(AuditSubject.CENTER, "1", AuditAction.RENAMED, "甲", "乙", null))
                .isInstanceOf(AccessDeniedException.class);
        audit.record(AuditSubject.EXPORT, "audit-grid", AuditAction.EXPORTED, null, "3", null);
        assertThat(audit.count(AuditFilter.ALL.withActor("auditor-test").withSubject(AuditSubject.EXPORT)))
                .isPositive();
    }

    @Test
    void theTrailCannotBeEditedOrDeleted() {
        assertThat(CrudRepository.class.isAssignableFrom(AuditEventRepository.class)).isFalse();
        assertThat(Arrays.stream(AuditEventRepository.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update") || name.startsWith("remove"));
    }
}
