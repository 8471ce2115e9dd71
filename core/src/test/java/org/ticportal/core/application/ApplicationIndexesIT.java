package org.ticportal.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticportal.core.TestUsers.as;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;

/**
 * Questions asked of every application in scope at each visit of a screen are answered from an index, never from the
 * table (a million applications: benchmark P1's data). The inbox's first question (WaitingWork): which plugin versions
 * are open applications pinned to; each such pin once, none of a closed application only, from
 * {@code ix_application_open_pin} (V44; a loose index scan of one entry per pin, where grouping the table took
 * seconds). The dashboard's figures of a bureau (ApplicationStatistics): counted from
 * {@code ix_application_scope_call_outcome} (V45).
 */
@IntegrationTest
class ApplicationIndexesIT {

    /** A bureau's figures by call and outcome, in the shape Hibernate renders ApplicationStatistics' criteria to. */
    private static final String BY_CALL_AND_OUTCOME = "select call_id, closed, stage, count(id)"
            + " from recognition_application where jurisdiction_code='140900' and submitted_at is not null"
            + " and not(with_unit) group by call_id, closed, stage";
    /** A bureau's figures by stage, likewise. */
    private static final String BY_STAGE = "select stage, count(id) from recognition_application"
            + " where jurisdiction_code='140900' and submitted_at is not null and not(with_unit) group by stage";

    /** The statement Hibernate renders the query to (as in MariaDB's general log), as MariaDB plans it. */
    private static final String OPEN_PINS = "select policy_id, plugin_id, plugin_version from recognition_application"
            + " where closed=false group by closed, policy_id, plugin_id, plugin_version";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    ApplicationRepository repository;
    @Autowired
    ApplicationService applications;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOpenApplicationsPinsComeOnceEachFromTheIndexAlone() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String creditCode = TemplateSamples.creditCode(suffix);
        Unit unit = units.save(new Unit("钉选新材料有限公司" + suffix, creditCode, "990101", Instant.now()));
        String applicant = as("root", Role.ADMIN, () -> users.create(new UserDraft("pin" + suffix, "申报人", null, null,
                Role.APPLICANT, null, unit.getId())).user().getUsername());
        long id = as(applicant, Role.APPLICANT, () -> applications.create("990700")).row().id();
        long other = as(applicant, Role.APPLICANT, () -> applications.create("990700")).row().id();
        PolicyPin filed = repository.findById(id).orElseThrow().getPin();
        // a closed application pinned to a version no open application uses (set here by SQL: no policy retires a
        // version within a test)
        PolicyPin closedOnly = new PolicyPin(filed.policyId(), filed.pluginId(), "0.0.0-closed-" + suffix);
        jdbc.update("update recognition_application set closed = 1, plugin_version = ? where id = ?",
                closedOnly.pluginVersion(), other);

        List<PolicyPin> pins = repository.findOpenPins();
        List<PolicyPin> open = jdbc.query("select distinct policy_id, plugin_id, plugin_version from"
                + " recognition_application where closed = 0",
                (rs, row) -> new PolicyPin(rs.getString(1), rs.getString(2), rs.getString(3)));
        assertThat(pins).doesNotHaveDuplicates().contains(filed).doesNotContain(closedOnly)
                .containsExactlyInAnyOrderElementsOf(open);

        Map<String, Object> plan = jdbc.queryForMap("explain " + OPEN_PINS);
        assertThat(plan.get("key")).as("the index read: %s", plan).isEqualTo("ix_application_open_pin");
        assertThat((String) plan.get("Extra")).as("the index alone, not the table: %s", plan).contains("Using index");
    }

    @Test
    void aBureausDashboardFiguresAreCountedFromTheIndexAlone() {
        for (String figures : List.of(BY_CALL_AND_OUTCOME, BY_STAGE)) {
            Map<String, Object> plan = jdbc.queryForMap("explain " + figures);
            assertThat(plan.get("key")).as("the index read: %s", plan)
                    .isEqualTo("ix_application_scope_call_outcome");
            assertThat((String) plan.get("Extra")).as("the index alone, not the table: %s", plan)
                    .contains("Using index");
        }
    }
}
