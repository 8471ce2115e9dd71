package org.ticportal.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticportal.core.TestUsers.as;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.StatementLog;
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
 * {@code ix_application_scope_call_outcome} (V45); a county reviewer's from {@code ix_application_body_call_outcome}
 * (V47).
 */
@IntegrationTest
@Import(StatementLog.Recording.class)
class ApplicationIndexesIT {

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
    @Autowired
    ApplicationStatistics statistics;

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
        try {
            assertOpenPins(filed, closedOnly);
        } finally {
            // no version that does not exist is left for other tests' reading of every application's pin
            jdbc.update("update recognition_application set closed = 0, plugin_version = ? where id = ?",
                    filed.pluginVersion(), other);
        }
        // the statement the repository sends, as MariaDB plans it
        List<StatementLog.Sent> sent = StatementLog.record(repository::findOpenPins);
        assertThat(sent).as(StatementLog.describe(sent)).hasSize(1);
        Map<String, Object> plan = jdbc.queryForMap("explain " + sent.getFirst().sql());
        assertThat(plan.get("key")).as("the index read: %s", plan).isEqualTo("ix_application_open_pin");
        assertThat((String) plan.get("Extra")).as("the index alone, not the table: %s", plan).contains("Using index");
    }

    /** The open pins: each once, the filed application's among them, the closed one's not. */
    private void assertOpenPins(PolicyPin filed, PolicyPin closedOnly) {
        List<PolicyPin> pins = repository.findOpenPins();
        List<PolicyPin> open = jdbc.query("select distinct policy_id, plugin_id, plugin_version from"
                + " recognition_application where closed = 0",
                (rs, row) -> new PolicyPin(rs.getString(1), rs.getString(2), rs.getString(3)));
        assertThat(pins).doesNotHaveDuplicates().contains(filed).doesNotContain(closedOnly)
                .containsExactlyInAnyOrderElementsOf(open);
    }

    /**
     * The statements ApplicationStatistics sends for a bureau's figures by call and by call and outcome, as recorded
     * on their way to MariaDB, are planned on V45's index alone. (The figures by stage read the same index at a
     * million rows, then group in a temporary table; on a table of a few rows MariaDB may as well read
     * {@code (jurisdiction_code, stage)} and the rows, so that plan is not checked.)
     */
    @Test
    void aBureausDashboardFiguresAreCountedFromTheIndexAlone() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String bureau = as("root", Role.ADMIN, () -> users.create(new UserDraft("pib" + suffix, "市局", null, null,
                Role.BUREAU, null, null, "990700")).user().getUsername());
        jdbc.execute("analyze table recognition_application");
        List<StatementLog.Sent> sent = StatementLog.record(() -> as(bureau, Role.BUREAU, () -> {
            statistics.byCall();
            return statistics.byCallAndOutcome();
        }));
        List<StatementLog.Sent> grouped = sent.stream().filter(st -> st.reads("recognition_application")
                && st.sql().toLowerCase(Locale.ROOT).contains("group by")).toList();
        assertThat(grouped).as(StatementLog.describe(sent)).hasSize(2);
        for (StatementLog.Sent figures : grouped) {
            // the bureau's jurisdiction is the statement's one parameter
            assertThat(figures.sql().chars().filter(c -> c == '?').count()).as(figures.sql()).isEqualTo(1);
            Map<String, Object> plan = jdbc.queryForMap("explain " + figures.sql().replace("?", "'990700'"));
            assertThat(plan.get("key")).as("the index read: %s\n%s", plan, figures.sql())
                    .isEqualTo("ix_application_scope_call_outcome");
            assertThat((String) plan.get("Extra")).as("the index alone, not the table: %s\n%s", plan, figures.sql())
                    .contains("Using index");
        }
    }

    /**
     * The same for a county reviewer's figures by call and by call and outcome: planned on V47's index alone, where
     * MariaDB read the whole table (1.2 s at a million applications).
     */
    @Test
    void aCountysDashboardFiguresAreCountedFromTheIndexAlone() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String county = as("root", Role.ADMIN, () -> users.create(new UserDraft("pic" + suffix, "县科技局", null, null,
                Role.COUNTY, "990101", null)).user().getUsername());
        jdbc.execute("analyze table recognition_application");
        List<StatementLog.Sent> sent = StatementLog.record(() -> as(county, Role.COUNTY, () -> {
            statistics.byCall();
            return statistics.byCallAndOutcome();
        }));
        List<StatementLog.Sent> grouped = sent.stream().filter(st -> st.reads("recognition_application")
                && st.sql().toLowerCase(Locale.ROOT).contains("group by")).toList();
        assertThat(grouped).as(StatementLog.describe(sent)).hasSize(2);
        for (StatementLog.Sent figures : grouped) {
            // the county's recommending body, then the recommended channel: the statement's two parameters
            assertThat(figures.sql().chars().filter(c -> c == '?').count()).as(figures.sql()).isEqualTo(2);
            String sql = figures.sql().replaceFirst("\\?", "'990101'").replaceFirst("\\?", "'RECOMMENDED'");
            Map<String, Object> plan = jdbc.queryForMap("explain " + sql);
            assertThat(plan.get("key")).as("the index read: %s\n%s", plan, sql)
                    .isEqualTo("ix_application_body_call_outcome");
            assertThat((String) plan.get("Extra")).as("the index alone, not the table: %s\n%s", plan, sql)
                    .contains("Using index");
        }
    }
}
