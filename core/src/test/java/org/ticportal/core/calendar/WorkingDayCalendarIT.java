package org.ticportal.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.TestUsers;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.user.Role;

/**
 * The working-day calendar on MariaDB: administrators' edits of a year (audited, checked, refused on a stale version),
 * the import with progress, and provisional answers for a year not loaded. Each test uses its own years; 2025 and
 * 2026 are seeded from the shipped CSV at start.
 */
@IntegrationTest
class WorkingDayCalendarIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    AuditService audit;
    @Autowired
    CalendarImportService imports;

    private CalendarYear year(int year) {
        return calendar.year(year).orElseThrow();
    }

    private List<AuditEvent> history(int year) {
        return audit.history(AuditSubject.CALENDAR, Integer.toString(year), PageRequest.of(0, 50)).getContent();
    }

    @Test
    @WithMockUser(username = "cal-admin", roles = "ADMIN")
    void theShippedYearsAreSeededWithTheirSourceAndCounts() {
        assertThat(calendar.years()).extracting(CalendarYear::getYear).contains(2025, 2026);
        YearSummary y2026 = calendar.yearSummaries().stream().filter(s -> s.year().getYear() == 2026).findFirst()
                .orElseThrow();
        assertThat(y2026.year().getSource()).contains("State Council");
        assertThat(y2026.holidays()).isGreaterThan(20);
        assertThat(y2026.makeUpDays()).isGreaterThan(3);
        assertThat(y2026.year().isEdited()).isFalse();
        // 2026-10-01 National Day
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isEqualTo(new WorkingDays.Answer(false, false));
    }

    @Test
    @WithMockUser(username = "cal-admin", roles = "ADMIN")
    void anAdministratorCreatesAYearThenAddsChangesAndRemovesDaysAllAudited() {
        CalendarYear created = calendar.createYear(2040, "国务院办公厅关于2040年部分节假日安排的通知");
        assertThat(created.getLoadedBy()).isEqualTo("cal-admin");
        assertThat(calendar.specialDays(2040)).isEmpty();
        // loaded with no special days: 2040-10-01 (a Monday) is then a working day, and the answer is final
        assertThat(calendar.isWorkingDay(LocalDate.of(2040, 10, 1))).isEqualTo(new WorkingDays.Answer(true, false));

        long v0 = year(2040).getVersion();
        calendar.addSpecialDay(2040, v0, new SpecialDayDraft(LocalDate.of(2040, 10, 1), DayKind.HOLIDAY, "国庆节"));
        CalendarYear afterAdd = year(2040);
        assertThat(afterAdd.getVersion()).isGreaterThan(v0);
        assertThat(afterAdd.getUpdatedBy()).isEqualTo("cal-admin");
        assertThat(afterAdd.getUpdatedAt()).isNotNull();
        assertThat(calendar.isWorkingDay(LocalDate.of(2040, 10, 1)).working()).isFalse();

        // 2040-09-29 is a Saturday: made a make-up working day, then moved to the Sunday after
        calendar.addSpecialDay(2040, afterAdd.getVersion(),
                new SpecialDayDraft(LocalDate.of(2040, 9, 29), DayKind.WORKDAY, "国庆节"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2040, 9, 29)).working()).isTrue();
        CalendarDay moved = calendar.changeSpecialDay(2040, year(2040).getVersion(), LocalDate.of(2040, 9, 29),
                new SpecialDayDraft(LocalDate.of(2040, 9, 30), DayKind.WORKDAY, "国庆节调休"));
        assertThat(moved.getDay()).isEqualTo(LocalDate.of(2040, 9, 30));
        assertThat(calendar.isWorkingDay(LocalDate.of(2040, 9, 29)).working()).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2040, 9, 30)).working()).isTrue();

        calendar.changeSpecialDay(2040, year(2040).getVersion(), LocalDate.of(2040, 10, 1),
                new SpecialDayDraft(LocalDate.of(2040, 10, 1), DayKind.HOLIDAY, "国庆节（第一天）"));
        assertThat(calendar.specialDays(2040)).extracting(CalendarDay::getName)
                .containsExactly("国庆节调休", "国庆节（第一天）");

        calendar.removeSpecialDay(2040, year(2040).getVersion(), LocalDate.of(2040, 9, 30));
        assertThat(calendar.specialDays(2040)).extracting(CalendarDay::getDay)
                .containsExactly(LocalDate.of(2040, 10, 1));
        assertThat(calendar.yearSummaries()).filteredOn(s -> s.year().getYear() == 2040).singleElement()
                .satisfies(s -> {
                    assertThat(s.holidays()).isEqualTo(1);
                    assertThat(s.makeUpDays()).isZero();
                });

        assertThat(history(2040)).extracting(AuditEvent::getAction).containsExactlyInAnyOrder("CREATED", "DAY_ADDED",
                "DAY_ADDED", "DAY_CHANGED", "DAY_CHANGED", "DAY_REMOVED");
        assertThat(history(2040)).allMatch(e -> e.getActor().equals("cal-admin"));
        assertThat(history(2040)).filteredOn(e -> e.getAction().equals("DAY_REMOVED")).singleElement()
                .satisfies(e -> {
                    assertThat(e.getFromState()).isEqualTo("2040-09-30 WORKDAY 国庆节调休");
                    assertThat(e.getToState()).isNull();
                });
    }

    @Test
    @WithMockUser(username = "cal-admin", roles = "ADMIN")
    void theSourceIsChangedAndAuditedFromTo() {
        calendar.createYear(2041, "初始来源");
        CalendarYear changed = calendar.changeSource(2041, year(2041).getVersion(), "  国办发明电〔2040〕9号 ");
        assertThat(changed.getSource()).isEqualTo("国办发明电〔2040〕9号");
        assertThat(year(2041).getSource()).isEqualTo("国办发明电〔2040〕9号");
        assertThat(year(2041).isEdited()).isTrue();
        assertThat(history(2041)).filteredOn(e -> e.getAction().equals("SOURCE_CHANGED")).singleElement()
                .satisfies(e -> {
                    assertThat(e.getFromState()).isEqualTo("初始来源");
                    assertThat(e.getToState()).isEqualTo("国办发明电〔2040〕9号");
                });
        assertThatThrownBy(() -> calendar.changeSource(2041, year(2041).getVersion(), " "))
                .isInstanceOf(BusinessException.class).hasMessageContaining("calendar.source.required");
    }

    @Test
    @WithMockUser(username = "cal-admin", roles = "ADMIN")
    void anEditOnAStaleViewOfTheYearIsRefused() {
        calendar.createYear(2042, "来源");
        long seen = year(2042).getVersion();
        calendar.addSpecialDay(2042, seen, new SpecialDayDraft(LocalDate.of(2042, 1, 1), DayKind.HOLIDAY, "元旦"));

        assertThatThrownBy(() -> calendar.addSpecialDay(2042, seen,
                new SpecialDayDraft(LocalDate.of(2042, 2, 3), DayKind.HOLIDAY, "春节")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> calendar.removeSpecialDay(2042, seen, LocalDate.of(2042, 1, 1)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> calendar.changeSource(2042, seen, "另一来源"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(calendar.specialDays(2042)).hasSize(1);
        assertThat(year(2042).getSource()).isEqualTo("来源");
    }

    @Test
    @WithMockUser(username = "cal-admin", roles = "ADMIN")
    void badEntriesAreRefusedAtTheirFieldAndNothingChanges() {
        calendar.createYear(2043, "来源");
        long v = year(2043).getVersion();
        // 2043-03-04 is a Wednesday
        assertThatThrownBy(() -> calendar.addSpecialDay(2043, v,
                new SpecialDayDraft(LocalDate.of(2043, 3, 4), DayKind.WORKDAY, "春节")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getField()).isEqualTo("kind");
                    assertThat(e.getMessageKey()).isEqualTo("calendar.day.workdayOnWeekday");
                });
        assertThatThrownBy(() -> calendar.addSpecialDay(2043, v,
                new SpecialDayDraft(LocalDate.of(2044, 1, 1), DayKind.HOLIDAY, "元旦")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).isEqualTo("date"));
        calendar.addSpecialDay(2043, v, new SpecialDayDraft(LocalDate.of(2043, 1, 1), DayKind.HOLIDAY, "元旦"));
        assertThatThrownBy(() -> calendar.addSpecialDay(2043, year(2043).getVersion(),
                new SpecialDayDraft(LocalDate.of(2043, 1, 1), DayKind.HOLIDAY, "元旦")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getField()).isEqualTo("date");
                    assertThat(e.getMessageKey()).isEqualTo("calendar.day.exists");
                });
        assertThatThrownBy(() -> calendar.addSpecialDay(2044, 0,
                new SpecialDayDraft(LocalDate.of(2044, 1, 1), DayKind.HOLIDAY, "元旦")))
                .isInstanceOf(BusinessException.class).hasMessageContaining("calendar.year.notLoaded");
        assertThatThrownBy(() -> calendar.createYear(2043, "又一次"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("calendar.year.exists");
        assertThatThrownBy(() -> calendar.createYear(2045, ""))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).isEqualTo("source"));
        assertThat(calendar.specialDays(2043)).hasSize(1);
    }

    @Test
    void bureauStaffReadButMayNotEdit() {
        assertThat(TestUsers.as("bureau-reader", Role.BUREAU, () -> calendar.years())).isNotEmpty();
        assertThatThrownBy(() -> TestUsers.as("bureau-reader", Role.BUREAU,
                () -> calendar.createYear(2046, "来源"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as("bureau-reader", Role.BUREAU,
                () -> calendar.changeSource(2026, 0, "来源"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as("bureau-reader", Role.BUREAU,
                () -> calendar.removeSpecialDay(2026, 0, LocalDate.of(2026, 10, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as("applicant-x", Role.APPLICANT, () -> calendar.years()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(TestUsers.as("bureau-reader", Role.BUREAU, () -> calendar.year(2049))).isEmpty();
    }

    @Test
    @WithMockUser(username = "cal-admin", roles = "ADMIN")
    void aCountIntoAYearNotLoadedIsProvisionalUntilThatYearIsImported() {
        // 2047 is not loaded: only weekends and the fixed-date holidays are known
        WorkingDays.Answer answer = calendar.isWorkingDay(LocalDate.of(2047, 10, 1));
        assertThat(answer).isEqualTo(new WorkingDays.Answer(false, true));
        WorkingDays.Period across = calendar.period(LocalDate.of(2046, 12, 28), 5);
        assertThat(across.provisional()).isTrue();

        List<ImportProgress> progress = new ArrayList<>();
        ImportResult result = calendar.importCsv(new StringReader("""
                # 示例通知
                date,kind,holiday
                2047-01-01,HOLIDAY,元旦
                2047-10-01,HOLIDAY,国庆节
                2047-10-02,HOLIDAY,国庆节
                2046-12-29,WORKDAY,元旦
                """), "", progress::add);
        assertThat(result.daysByYear()).containsEntry(2046, 1).containsEntry(2047, 3);
        assertThat(result.days()).isEqualTo(4);
        assertThat(result.source()).isEqualTo("示例通知");
        assertThat(progress).last().satisfies(p -> assertThat(p.fraction()).isEqualTo(1.0));
        assertThat(progress).hasSize(3);

        assertThat(calendar.isWorkingDay(LocalDate.of(2047, 10, 1))).isEqualTo(new WorkingDays.Answer(false, false));
        assertThat(calendar.period(LocalDate.of(2046, 12, 28), 5).provisional()).isFalse();
        assertThat(history(2047)).extracting(AuditEvent::getAction).containsExactly("LOADED");

        // importing again replaces the year, clears the hand-edit marks
        calendar.changeSource(2047, year(2047).getVersion(), "改过");
        assertThat(year(2047).isEdited()).isTrue();
        ImportResult again = calendar.importCsv(new StringReader("2047-01-01,HOLIDAY,元旦\n"), "第二次", p -> { });
        assertThat(again.replaced()).containsExactly(2047);
        assertThat(year(2047).isEdited()).isFalse();
        assertThat(year(2047).getSource()).isEqualTo("第二次");
        assertThat(calendar.specialDays(2047)).hasSize(1);
    }

    @Test
    @WithMockUser(username = "cal-admin", roles = "ADMIN")
    void aBadImportLineIsRefusedWithItsNumberAndNothingIsStored() {
        assertThatThrownBy(() -> calendar.importCsv(new StringReader(
                "2048-01-01,HOLIDAY,元旦\n2048-03-04,WORKDAY,春节\n"), "来源", p -> { }))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("calendar.csv.workdayOnWeekday");
                    assertThat(e.getArguments()).containsExactly(2, "2048-03-04");
                });
        assertThat(calendar.year(2048)).isEmpty();
    }

    @Test
    @WithMockUser(username = "cal-admin", roles = "ADMIN")
    void theBackgroundImportRunsAsItsAdministratorAndReportsEachStep() throws Exception {
        List<ImportProgress> steps = new java.util.concurrent.CopyOnWriteArrayList<>();
        RunningImport running = imports.start("2057-01-01,HOLIDAY,元旦\n2058-01-01,HOLIDAY,元旦\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "后台导入", steps::add);
        ImportResult result = running.result().get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(result.years()).containsExactly(2057, 2058);
        assertThat(steps).extracting(ImportProgress::done).containsExactly(1, 2, 3);
        assertThat(running.progress().fraction()).isEqualTo(1.0);
        assertThat(year(2057).getLoadedBy()).isEqualTo("cal-admin");
    }

    @Test
    @WithMockUser(username = "cal-admin", roles = "ADMIN")
    void aCancelledImportStoresNothing() throws Exception {
        java.util.concurrent.CountDownLatch fileRead = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch cancelled = new java.util.concurrent.CountDownLatch(1);
        RunningImport running = imports.start("2059-01-01,HOLIDAY,元旦\n2060-01-01,HOLIDAY,元旦\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "取消", step -> {
                    if (step.year() == null) {
                        // the file is read; hold the import until the test has cancelled it
                        fileRead.countDown();
                        await(cancelled);
                    }
                });
        assertThat(fileRead.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(running.cancel()).isTrue();
        cancelled.countDown();
        assertThatThrownBy(() -> running.result().get(30, java.util.concurrent.TimeUnit.SECONDS))
                .hasCauseInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(calendar.year(2059)).isEmpty();
        assertThat(calendar.year(2060)).isEmpty();
    }

    @Test
    @WithMockUser(username = "bureau-reader", roles = "BUREAU")
    void bureauStaffMayNotStartAnImport() {
        assertThatThrownBy(() -> imports.start("2061-01-01,HOLIDAY,元旦\n".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), "x", p -> { }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(calendar.mayEdit()).isFalse();
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
