package org.ticportal.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ticportal.core.TestUsers.as;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.TemplateSamples;
import org.ticportal.core.common.ScrollPass;
import org.ticportal.core.unit.Unit;
import org.ticportal.core.unit.UnitRepository;
import org.ticportal.core.user.KnownScope;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserAccount;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.procedure.StageKind;

/**
 * The applications grid's page ({@link ApplicationGrid#rows}: SQL text, the scope remembered and checked in the
 * page's statement) on real MariaDB, against the old path ({@link ApplicationGrid#list}: a criteria query after a
 * fresh read of the scope): the same applications for each role, filter and sort; and a scope changed by an
 * administrator is applied on the next page, although the grid's user had a page with the scope before.
 */
@IntegrationTest
class ApplicationGridIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationGrid applicationGrid;
    @Autowired
    UserService users;
    @Autowired
    UnitRepository units;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private String administrator;
    private String colleague;
    private UserAccount district;
    private String bureau;
    private String admin;
    private String creditCode;
    private String suffix;

    @BeforeEach
    void people() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
        creditCode = TemplateSamples.creditCode(suffix);
        Unit unit = units.save(new Unit("网格新材料有限公司" + suffix, creditCode, "990101", Instant.now()));
        as("root", Role.ADMIN, () -> {
            administrator = users.create(new UserDraft("gra" + suffix, "单位管理员", null, null, Role.APPLICANT, null,
                    unit.getId())).user().getUsername();
            colleague = users.create(new UserDraft("grc" + suffix, "申报人", null, null, Role.APPLICANT, null,
                    unit.getId())).user().getUsername();
            district = users.create(new UserDraft("grd" + suffix, "东区审核", null, null, Role.COUNTY, "990101",
                    null)).user();
            bureau = users.create(new UserDraft("grb" + suffix, "市局", null, null, Role.BUREAU, null, null,
                    "990700")).user().getUsername();
            admin = users.create(new UserDraft("grx" + suffix, "管理员", null, null, Role.ADMIN, null, null))
                    .user().getUsername();
            return null;
        });
    }

    @Test
    void theGridListsWhatTheOldPathListsForEachRoleFilterAndSort() {
        long draft = file();
        long inUnit = file();
        step(colleague, Role.APPLICANT, inUnit, "SUBMIT");
        long left = file();
        step(colleague, Role.APPLICANT, left, "SUBMIT");
        step(administrator, Role.APPLICANT, left, "APPROVE");
        String ref = as(colleague, Role.APPLICANT, () -> applications.get(left)).row().referenceNo();

        // the unit's name finds only this test's applications in a database other tests fill too
        ApplicationFilter mine = ApplicationFilter.ALL.withText("网格新材料有限公司" + suffix);
        assertThat(ids(colleague, Role.APPLICANT, mine)).containsExactlyInAnyOrder(draft, inUnit, left);
        assertThat(ids(district.getUsername(), Role.COUNTY, mine)).as("a case with its unit has not left it")
                .containsExactly(left);
        assertThat(ids(bureau, Role.BUREAU, mine)).containsExactly(left);
        assertThat(ids(admin, Role.ADMIN, mine)).containsExactlyInAnyOrder(draft, inUnit, left);

        assertThat(ids(colleague, Role.APPLICANT, ApplicationFilter.ALL.withText(suffix))).hasSize(3);
        assertThat(ids(colleague, Role.APPLICANT, ApplicationFilter.ALL.withText("%"))).as("a wildcard is a character")
                .isEmpty();
        assertThat(ids(colleague, Role.APPLICANT, ApplicationFilter.ALL.withText("_"))).isEmpty();
        assertThat(ids(colleague, Role.APPLICANT, ApplicationFilter.ALL.withText("!"))).isEmpty();
        assertThat(ids(colleague, Role.APPLICANT, ApplicationFilter.ALL.withText("\\"))).isEmpty();

        List<ApplicationFilter> filters = List.of(mine, mine.withText(ref), mine.withStage("COUNTY_REVIEW"), mine.withStage("DRAFT"), mine.withPolicy("unitcity"),
                mine.withPolicy("example"), mine.withOpenOnly(true), mine.withStageKind(StageKind.DRAFT),
                mine.withJurisdiction("990700"), mine.withJurisdiction("990100"), mine.withCall(
                        ApplicationFilter.OUTSIDE_CALLS), mine.withCall(-1L), mine.withOverdueOn(LocalDate.now()));
        List<Sort> sorts = List.of(Sort.by(Sort.Order.desc("updatedAt")), Sort.by("unit.name"),
                Sort.by(Sort.Order.asc("referenceNo"), Sort.Order.desc("stage")), Sort.by("id"), Sort.unsorted());
        Map<String, Role> people = Map.of(colleague, Role.APPLICANT, district.getUsername(), Role.COUNTY, bureau,
                Role.BUREAU, admin, Role.ADMIN);
        people.forEach((user, role) -> {
            for (ApplicationFilter filter : filters) {
                for (Sort sort : sorts) {
                    List<ApplicationRow> grid = as(user, role, () -> applicationGrid.rows(filter,
                            PageRequest.of(0, 50, sort)));
                    List<ApplicationRow> old = as(user, role, () -> applicationGrid.list(filter,
                            PageRequest.of(0, 50, sort)).getContent());
                    assertThat(grid).as("%s %s %s", user, filter, sort).containsExactlyInAnyOrderElementsOf(old);
                    List<ApplicationRow> streamed = new java.util.ArrayList<>();
                    as(user, role, () -> {
                        applicationGrid.stream(filter, sort, streamed::add);
                        return null;
                    });
                    assertThat(streamed).as("streamed %s %s %s", user, filter, sort).isEqualTo(grid);
                }
            }
        });
        // a sink that stops the stream (a cancelled export) ends it with its own exception; the next stream works
        class Stop extends RuntimeException {
        }
        assertThatThrownBy(() -> as(admin, Role.ADMIN, () -> {
            applicationGrid.stream(mine, Sort.by("id"), row -> {
                throw new Stop();
            });
            return null;
        })).isInstanceOf(Stop.class);
        List<ApplicationRow> again = new java.util.ArrayList<>();
        as(admin, Role.ADMIN, () -> {
            applicationGrid.stream(mine, Sort.by("id"), again::add);
            return null;
        });
        assertThat(again).extracting(ApplicationRow::id).containsExactly(draft, inUnit, left);
        // the id breaks ties in the direction of the last sort
        assertThat(as(colleague, Role.APPLICANT, () -> applicationGrid.rows(mine, PageRequest.of(0, 50,
                Sort.by(Sort.Order.desc("jurisdictionCode")))))).extracting(ApplicationRow::id)
                .containsExactly(left, inUnit, draft);
        assertThat(as(colleague, Role.APPLICANT, () -> applicationGrid.rows(mine, PageRequest.of(1, 2,
                Sort.by("jurisdictionCode"))))).extracting(ApplicationRow::id).containsExactly(left);
        // a deep page is read ids first
        assertThat(as(admin, Role.ADMIN, () -> applicationGrid.rows(mine, PageRequest.of(
                ApplicationGridQueries.DEFERRED_FROM, 1, Sort.by("unit.name"))))).isEmpty();
        assertThat(as(bureau, Role.BUREAU, () -> applicationGrid.rows(ApplicationFilter.ALL.withStage("NONE"),
                PageRequest.of(ApplicationGridQueries.DEFERRED_FROM, 1, Sort.by(Sort.Order.desc("updatedAt"))))))
                .isEmpty();
        assertThatThrownBy(() -> as(colleague, Role.APPLICANT, () -> applicationGrid.rows(mine,
                PageRequest.of(0, 50, Sort.by("id; drop table unit")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Deep pages are sought from the end of the page before them in the caller's scroll pass (keyset), here from the
     * second row on: scrolling one row at a time in one pass lists what one page lists, for sorts on one column and on
     * several (the nested condition), and a sort on a column that may be null is read by offset. Within a pass, a row
     * that moved after the page before it was read is not listed twice: the next page continues after the row the
     * user saw last. A new pass (the grid refreshed) or another user's pass knows no end: its pages are read by offset,
     * as the rows are now.
     */
    @Test
    void deepPagesContinueAfterThePageBeforeInTheSamePass() {
        for (int i = 0; i < 4; i++) {
            file();
        }
        ApplicationGridQueries seeking = new ApplicationGridQueries(jdbc, 1);
        KnownScope scope = KnownScope.exact(as(admin, Role.ADMIN, users::currentScope));
        ApplicationFilter mine = ApplicationFilter.ALL.withText(suffix);
        for (Sort sort : List.of(Sort.by(Sort.Order.desc("updatedAt")), Sort.by("referenceNo"),
                Sort.by(Sort.Order.asc("unit.name"), Sort.Order.desc("stage"), Sort.Order.asc("policyId")),
                Sort.by(Sort.Order.desc("submittedAt")))) {
            List<Long> whole = seeking.page(scope, mine, PageRequest.of(0, 50, sort)).stream()
                    .map(ApplicationRow::id).toList();
            ScrollPass pass = new ScrollPass();
            List<Long> scrolled = new java.util.ArrayList<>();
            for (int row = 0; row < whole.size(); row++) {
                seeking.page(scope, mine, PageRequest.of(row, 1, sort), pass).forEach(r -> scrolled.add(r.id()));
            }
            assertThat(scrolled).as("%s", sort).hasSize(4).isEqualTo(whole);
        }

        Sort updated = Sort.by(Sort.Order.desc("updatedAt"));
        List<Long> before = seeking.page(scope, mine, PageRequest.of(0, 50, updated)).stream()
                .map(ApplicationRow::id).toList();
        ScrollPass pass = new ScrollPass();
        assertThat(seeking.page(scope, mine, PageRequest.of(0, 1, updated), pass)).extracting(ApplicationRow::id)
                .containsExactly(before.get(0));
        // the last row changes and moves to the top; by offset, the second row would now be the first one again
        jdbc.update("update recognition_application set updated_at = ? where id = ?",
                java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(1), before.get(3));
        assertThat(seeking.page(scope, mine, PageRequest.of(1, 1, updated), pass)).extracting(ApplicationRow::id)
                .as("in the pass").containsExactly(before.get(1));
        assertThat(seeking.page(scope, mine, PageRequest.of(1, 1, updated), new ScrollPass()))
                .extracting(ApplicationRow::id).as("in a new pass: the rows as they are now")
                .containsExactly(before.get(0));
        assertThat(seeking.page(scope, mine, PageRequest.of(1, 1, updated))).extracting(ApplicationRow::id)
                .as("without a pass").containsExactly(before.get(0));
        // a pass that held another filter's ends forgets them: the same rows (now 3, 0, 1, 2), another query
        ApplicationFilter same = ApplicationFilter.ALL.withText("网格新材料有限公司" + suffix);
        assertThat(seeking.page(scope, same, PageRequest.of(2, 1, updated), pass)).extracting(ApplicationRow::id)
                .as("by offset, not after the other query's second row").containsExactly(before.get(1));
    }

    /**
     * The grid reads its rows with JDBC, Hibernate writes them: the times must come back as the entities have them
     * on a server whose zone is not UTC (China's), where a {@code DATETIME} read in the JVM's zone is 8 hours off.
     */
    @Test
    void theRowsTimesAreTheEntitiesWhateverTheJvmsZone() {
        long id = file();
        step(colleague, Role.APPLICANT, id, "SUBMIT");
        step(administrator, Role.APPLICANT, id, "APPROVE");
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            ApplicationFilter mine = ApplicationFilter.ALL.withText(suffix);
            List<ApplicationRow> grid = as(admin, Role.ADMIN, () -> applicationGrid.rows(mine, PageRequest.of(0, 50)));
            List<ApplicationRow> old = as(admin, Role.ADMIN, () -> applicationGrid.list(mine, PageRequest.of(0, 50))
                    .getContent());
            assertThat(grid).filteredOn(r -> r.id() == id).singleElement().satisfies(row -> {
                assertThat(row.submittedAt()).isNotNull();
                assertThat(old).contains(row);
            });
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void aScopeChangedSinceTheLastPageIsAppliedOnTheNext() {
        long left = file();
        step(colleague, Role.APPLICANT, left, "SUBMIT");
        step(administrator, Role.APPLICANT, left, "APPROVE");
        ApplicationFilter mine = ApplicationFilter.ALL.withText("网格新材料有限公司" + suffix);
        String reviewer = district.getUsername();
        assertThat(ids(reviewer, Role.COUNTY, mine)).containsExactly(left);

        // moved to the other district: the page with the remembered scope finds nothing, the scope is read again
        UserAccount moved = as("root", Role.ADMIN, () -> users.update(district.getId(), district.getVersion(),
                new UserDraft(reviewer, "西区审核", null, null, Role.COUNTY, "990102", null, null)));
        assertThat(ids(reviewer, Role.COUNTY, mine)).isEmpty();
        assertThat(as(reviewer, Role.COUNTY, () -> users.currentScope()).recommendingBodyCode()).isEqualTo("990102");

        // made bureau staff of the jurisdiction: the case is in the new scope, found on the first page asked
        UserAccount promoted = as("root", Role.ADMIN, () -> users.update(moved.getId(), moved.getVersion(),
                new UserDraft(reviewer, "市局", null, null, Role.BUREAU, null, null, "990700")));
        assertThat(ids(reviewer, Role.BUREAU, mine)).containsExactly(left);

        // and back to the first district: the remembered bureau scope no longer holds
        as("root", Role.ADMIN, () -> users.update(promoted.getId(), promoted.getVersion(),
                new UserDraft(reviewer, "东区审核", null, null, Role.COUNTY, "990101", null, null)));
        assertThat(ids(reviewer, Role.COUNTY, mine)).containsExactly(left);
        assertThat(ids(reviewer, Role.COUNTY, mine.withJurisdiction("990100"))).isEmpty();
    }

    private List<Long> ids(String user, Role role, ApplicationFilter filter) {
        return as(user, role, () -> applicationGrid.rows(filter, PageRequest.of(0, 50,
                Sort.by(Sort.Order.desc("updatedAt"))))).stream().map(ApplicationRow::id).toList();
    }

    /** A complete draft of the unit, under 990700's policy (its procedure has the unit's review). */
    private long file() {
        ApplicationDetail filed = as(colleague, Role.APPLICANT, () -> applications.create("990700"));
        Map<String, Object> values = TemplateSamples.completeApplication(creditCode, "NEW_MATERIALS", 320);
        values.put("coreName", TemplateSamples.uniqueCoreName(suffix + filed.row().id()));
        as(colleague, Role.APPLICANT, () -> applications.saveDraft(filed.row().id(), filed.row().version(), values,
                Map.of("3.5", "研发投入集中在今年")));
        return filed.row().id();
    }

    private void step(String user, Role role, long id, String code) {
        as(user, role, () -> applications.perform(id, applications.get(id).row().version(), code, null, Map.of()));
    }
}
