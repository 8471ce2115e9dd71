package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.evaluation.EvaluationRoundService;
import org.ticportal.core.meeting.AgendaEntry;
import org.ticportal.core.meeting.MeetingAgendaService;
import org.ticportal.core.meeting.MeetingDraft;
import org.ticportal.core.meeting.MeetingService;
import org.ticportal.core.meeting.MeetingSummary;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.CenterSamples;
import org.ticportal.ui.ExpertSamples;
import org.ticportal.ui.MeetingSamples;
import org.ticportal.ui.PortalDay;
import org.ticportal.ui.XinzhouSamples;

/**
 * 批量操作 in a browser, a bulk action with one refused row: the bureau ticks two applications in 申报管理, one waiting
 * for the Party group and one still at its expert argumentation, and chooses 加入党组会议议题; the report names the
 * refused one (reference, unit, reason) and says nothing was done, and the agenda stays empty. Ticked alone, the
 * waiting one is added. At 1366×768, the grid with its bulk bar and the report are photographed.
 */
class BulkActionJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ChecklistService checklist;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingAgendaService agendas;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    NoticeService publicNotices;
    @Autowired
    NoticeCloser notices;
    @Autowired
    CenterService centers;
    @Autowired
    EvaluationRoundService roundService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBulkActionWithOneRefusedRowDoesNothingAndNamesIt() {
        long waiting = MeetingSamples.atPartyGroup(security, applications, attachments, checklist);
        long early = ExpertSamples.atExpertArgumentation(security, applications, attachments, checklist);
        String waitingRef = reference(waiting);
        String earlyRef = reference(early);
        String title = "批量旅程会议" + UUID.randomUUID().toString().substring(0, 4);
        MeetingSummary meeting = Acting.as(security, "bureau", Role.BUREAU, () -> meetings.create(
                new MeetingDraft("140900", title, PortalDay.today())));

        driver.manage().window().setSize(new Dimension(1366, 768));
        login("bureau", demoPassword());
        driver.get(url("applications"));
        wait.until(d -> gridCells().contains(waitingRef) && gridCells().contains(earlyRef));
        tick(waitingRef);
        tick(earlyRef);
        wait.until(d -> textOf(By.id("applications-bulk-count")).equals("已选择 2 项"));
        screenshot("bulk-bar");

        addToMeeting(title, "bulk-dialog");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("applications-bulk-report")));
        assertThat(textOf(By.id("applications-bulk-refused"))).contains("未执行");
        wait.until(d -> driver.findElements(By.cssSelector("#applications-bulk-refusals vaadin-grid-cell-content"))
                .stream().map(WebElement::getText).toList().contains("不在待党组会议研究阶段"));
        assertThat(driver.findElements(By.cssSelector("#applications-bulk-refusals vaadin-grid-cell-content"))
                .stream().map(WebElement::getText).toList()).contains(earlyRef).doesNotContain(waitingRef);
        screenshot("bulk-report-refused");
        assertThat(agenda(meeting.id())).isEmpty();
        click(By.id("applications-bulk-report-close"));

        tick(waitingRef);
        wait.until(d -> textOf(By.id("applications-bulk-count")).equals("已选择 1 项"));
        addToMeeting(title);
        assertThat(textOf(By.id("applications-bulk-done"))).isEqualTo("已对 1 项申报完成“加入党组会议议题”。");
        screenshot("bulk-report-done");
        assertThat(agenda(meeting.id())).extracting(e -> e.application().id()).containsExactly(waiting);
        click(By.id("applications-bulk-report-close"));
        logout();
    }

    /**
     * The staff workspace's other additions in the browser, each photographed: 选择全部 N 条符合条件的记录 on
     * 申报管理, 发送提醒 on 绩效评估 with its report, the header search's suggestions marked with ↓, and 申报管理 opened
     * from a 待我处理 bar ({@code ?stage=…&waiting=1}) with the filter said above the grid.
     */
    @Test
    void selectAllRemindersSuggestionsAndTheWaitingFilter() {
        long first = MeetingSamples.atPartyGroup(security, applications, attachments, checklist);
        long second = MeetingSamples.atPartyGroup(security, applications, attachments, checklist);
        String firstRef = reference(first);
        String stage = Acting.as(security, "bureau", Role.BUREAU, () -> applications.get(first).row().stage());
        long centerApplication = CenterSamples.recognised(security, applications, attachments, checklist,
                publicNotices, notices, jdbc);
        CenterRow center = Acting.as(security, "bureau", Role.BUREAU,
                () -> centers.forApplication(centerApplication)).orElseThrow();
        jdbc.update("update center set recognized_on = ? where id = ?", PortalDay.today().minusYears(3).minusDays(1),
                center.id());
        Acting.as(security, "bureau", Role.BUREAU, () -> roundService.openRound("旅程催办评估", PortalDay.today()));
        jdbc.update("update evaluation set step_due = ? where center_id = ? and state = 'IN_PROGRESS'",
                PortalDay.today().plusDays(5), center.id());
        String countyRef = XinzhouSamples.submittedToCounty(security, applications, attachments, "旅程待办条");

        driver.manage().window().setSize(new Dimension(1366, 768));
        login("bureau", demoPassword());
        driver.get(url("applications?stage=" + stage));
        wait.until(d -> gridCells().contains(firstRef) && gridCells().contains(reference(second)));
        tick(firstRef);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("applications-bulk-all")));
        assertThat(textOf(By.id("applications-bulk-all"))).startsWith("选择全部").endsWith("条符合条件的记录");
        screenshot("bulk-select-all-offered");
        click(By.id("applications-bulk-all"));
        wait.until(d -> textOf(By.id("applications-bulk-count")).startsWith("已选择全部"));
        screenshot("bulk-select-all-chosen");
        click(By.id("applications-bulk-clear"));

        driver.get(url("evaluations"));
        wait.until(d -> gridCells(By.id("evaluations-grid")).contains(center.name()));
        // as a user does among many evaluations: filter to the center, so that its row is the grid's first
        type("evaluations-text-filter", center.name());
        wait.until(d -> {
            waitForServer();
            List<String> cells = gridCells(By.id("evaluations-grid"));
            return cells.contains(center.name())
                    && cells.stream().filter(c -> c.endsWith("技术创新中心")).allMatch(center.name()::equals);
        });
        tickIn("evaluations-grid", center.name());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evaluations-bulk-remind")));
        screenshot("evaluations-remind-bar");
        click(By.id("evaluations-bulk-remind"));
        textArea("evaluations-bulk-message", "请于本周内提交自评材料");
        screenshot("evaluations-remind-dialog");
        click(By.id("evaluations-bulk-run"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evaluations-bulk-report")));
        assertThat(textOf(By.id("evaluations-bulk-done"))).isEqualTo("已提醒 1 项评估的牵头单位。");
        screenshot("evaluations-remind-done");
        click(By.id("evaluations-bulk-report-close"));

        WebElement box = driver.findElement(By.cssSelector("#global-search input"));
        box.sendKeys("忻州示范");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("global-search-suggestions")));
        wait.until(d -> !d.findElements(By.cssSelector("#global-search-suggestions .search-suggestion")).isEmpty());
        box.sendKeys(Keys.ARROW_DOWN);
        wait.until(d -> !d.findElements(By.cssSelector(".search-suggestion-marked")).isEmpty());
        screenshot("search-suggestions");
        box.sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("global-search-suggestions")));
        logout();

        login("county", demoPassword());
        driver.get(url("applications?stage=COUNTY_REVIEW&waiting=1"));
        wait.until(d -> gridCells().contains(countyRef));
        assertThat(textOf(By.id("address-filter-note"))).contains("仅显示等待您办理的申报");
        screenshot("applications-waiting-filter");
        logout();
    }

    private List<String> gridCells(By grid) {
        return driver.findElement(grid).findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }

    /** Ticks the selection box of the row of a grid showing the text. */
    private void tickIn(String gridId, String text) {
        WebElement box = wait.until(d -> (WebElement) js("""
                const grid = document.getElementById(arguments[1]);
                const cell = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.trim() === arguments[0]);
                if (!cell) return null;
                const slot = grid.shadowRoot.querySelector('slot[name="' + cell.getAttribute('slot') + '"]');
                const first = slot && slot.closest('tr').querySelector('td slot');
                return first && grid.querySelector('vaadin-grid-cell-content[slot="' + first.name + '"] vaadin-checkbox');
                """, text, gridId));
        js("arguments[0].scrollIntoView({block: 'center'})", box);
        try {
            box.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            // a row at the grid's edge can sit under its sticky header or scroll bar: tick the box itself
            js("arguments[0].click()", box);
        }
        waitForServer();
    }

    private void addToMeeting(String title) {
        addToMeeting(title, null);
    }

    private void addToMeeting(String title, @Nullable String shot) {
        click(By.cssSelector("#applications-bulk-menu vaadin-menu-bar-button"));
        WebElement item = wait.until(d -> d.findElements(By.tagName("vaadin-menu-bar-item")).stream()
                .filter(WebElement::isDisplayed).filter(e -> e.getText().strip().equals("加入党组会议议题"))
                .findFirst().orElse(null));
        item.click();
        waitForServer();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("applications-bulk-choice")));
        chooseContaining("applications-bulk-choice", title);
        if (shot != null) {
            screenshot(shot);
        }
        click(By.id("applications-bulk-run"));
    }

    /** Ticks the selection box of the grid row showing the reference number. */
    private void tick(String reference) {
        WebElement box = wait.until(d -> (WebElement) js("""
                const grid = document.getElementById('applications-grid');
                const cell = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.trim() === arguments[0]);
                if (!cell) return null;
                const slot = grid.shadowRoot.querySelector('slot[name="' + cell.getAttribute('slot') + '"]');
                const first = slot && slot.closest('tr').querySelector('td slot');
                return first && grid.querySelector('vaadin-grid-cell-content[slot="' + first.name + '"] vaadin-checkbox');
                """, reference));
        js("arguments[0].scrollIntoView({block: 'center'})", box);
        box.click();
        waitForServer();
    }

    private String reference(long id) {
        return Acting.as(security, "bureau", Role.BUREAU, () -> applications.get(id).row().referenceNo());
    }

    private java.util.List<AgendaEntry> agenda(long meetingId) {
        return Acting.as(security, "bureau", Role.BUREAU, () -> agendas.agenda(meetingId));
    }
}
