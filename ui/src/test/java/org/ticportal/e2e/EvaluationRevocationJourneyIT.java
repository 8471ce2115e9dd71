package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.evaluation.EvaluationCloser;
import org.ticportal.core.evaluation.EvaluationFilter;
import org.ticportal.core.evaluation.EvaluationReader;
import org.ticportal.core.evaluation.EvaluationRoundService;
import org.ticportal.core.evaluation.EvaluationService;
import org.ticportal.core.evaluation.SelfAssessmentForms;
import org.ticportal.core.evaluation.EvaluationState;
import org.ticportal.core.evaluation.EvaluationViews;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.user.Role;
import org.ticportal.policy.api.evaluation.Outcome;
import org.ticportal.ui.Acting;
import org.ticportal.ui.SelfAssessmentSamples;
import org.ticportal.ui.CenterSamples;
import org.ticportal.ui.PortalDay;
import org.ticportal.ui.XinzhouSamples;

/**
 * The two ways a Xinzhou center loses its title in the browser (art. 14: 撤销), each step clicked by the user who owns
 * it, the earlier steps of the evaluation (self-assessment, reviews, scoring) filed through the services as the
 * evaluation journey clicks them already:
 *
 * <ul>
 * <li>the experts score a center 不合格: the bureau records 整改, the lead unit reports its rectification, the bureau's
 * re-check fails and the center is 已撤销 on its page and in the public registry's revoked list; the lead unit's new
 * application with the same core name is refused by the naming check of its 资格自查;</li>
 * <li>a center's lead unit files no self-assessment by the deadline: the nightly closer decides it as Xinzhou's
 * setting {@code evaluation.missingSubmission} says (撤销 by default, the measures being silent), which the lead unit
 * and the bureau read on the evaluation's page with the article, and the center page says 已撤销.</li>
 * </ul>
 */
class EvaluationRevocationJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ChecklistService checklist;
    @Autowired
    NoticeService publicNotices;
    @Autowired
    NoticeCloser notices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CenterService centers;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    EvaluationReader reader;
    @Autowired
    EvaluationRoundService roundService;
    @Autowired
    SelfAssessmentForms selfForms;
    @Autowired
    EvaluationCloser closer;
    @Autowired
    SecurityContextHolderStrategy security;

    /** Xinzhou's leaves and their points (the indicator tree of XinzhouEvaluation). */
    private static final Map<String, Integer> WEIGHTS = new LinkedHashMap<>();

    static {
        WEIGHTS.put("RD_INPUT", 10);
        WEIGHTS.put("KEY_TECHNOLOGIES", 10);
        WEIGHTS.put("IP_OUTPUT", 10);
        WEIGHTS.put("COMMERCIALISATION", 15);
        WEIGHTS.put("INCUBATION", 10);
        WEIGHTS.put("SERVICE_VOLUME", 10);
        WEIGHTS.put("SERVICE_QUALITY", 10);
        WEIGHTS.put("GOVERNANCE", 8);
        WEIGHTS.put("INVESTMENT", 7);
        WEIGHTS.put("COOPERATION", 5);
        WEIGHTS.put("TALENT", 5);
    }

    @Test
    void aFailedRecheckRevokesTheCenterAndItsNameIsRefusedForANewCenter() {
        Due weak = dueCenter();
        String core = Acting.as(security, "bureau", Role.BUREAU,
                () -> String.valueOf(applications.get(weak.center().applicationId()).values().get("coreName")));
        long id = openRoundFor(weak, "绩效评估（撤销旅程）");
        SelfAssessmentSamples.file(security, selfForms, reader, "applicant", id, "评估期内研发投入不足，成果转化较少。",
                Map.of());
        Acting.as(security, "county", Role.COUNTY, () -> evaluations.approve(id, reader.get(id).row().version(),
                "组织管理部门审核通过"));
        Acting.as(security, "bureau", Role.BUREAU, () -> evaluations.approve(id, reader.get(id).row().version(),
                "材料齐全，予以受理"));
        List<String> panel = Acting.as(security, "bureau", Role.BUREAU, () -> reader.get(id)).seats().stream()
                .map(EvaluationViews.Seat::username).toList();
        assertThat(panel).isNotEmpty();
        Map<String, BigDecimal> half = new HashMap<>();
        WEIGHTS.forEach((code, points) -> half.put(code, BigDecimal.valueOf(points / 2)));
        for (String expert : panel) {
            Acting.as(security, expert, Role.EXPERT, () -> evaluations.score(id, half, "研发投入和成果转化明显不足"));
        }

        // the bureau records the result: 不合格 → 整改
        login("bureau", demoPassword());
        menu();
        driver.get(url("evaluations/" + id));
        click(By.id("evaluation-decide"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation-grade"), "不合格"));
        assertThat(textOf(By.id("evaluation-outcome"))).contains("整改");
        logout();

        // the lead unit reports its rectification
        login("applicant", demoPassword());
        menu();
        driver.get(url("evaluations/" + id));
        textArea("evaluation-report-text", "已调整研发团队，成果转化项目仍在洽谈。");
        click(By.id("evaluation-report-save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation-report"), "已调整研发团队"));
        logout();

        // the bureau's re-check fails: revoked
        login("bureau", demoPassword());
        menu();
        driver.get(url("evaluations/" + id));
        textArea("evaluation-recheck-comment", "整改不到位，研发投入仍未达标");
        click(By.id("evaluation-recheck-fail"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation-recheck"), "复查不通过，已撤销"));
        screenshot("evaluation-recheck-failed");
        driver.get(url("centers/" + weak.center().id()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("center-status"), "已撤销"));
        wait.until(d -> cellsOf("center-grade-grid").stream().anyMatch(c -> c.contains("整改 · 复查不通过，已撤销")));
        screenshot("evaluation-center-revoked");
        logout();

        // the public registry lists it among the revoked centers, not among the centers
        driver.get(url("public/centers"));
        wait.until(d -> cellsOf("registry-revoked-grid").contains(weak.center().name()));
        assertThat(cellsOf("registry-grid")).doesNotContain(weak.center().name());
        js("document.getElementById('registry-revoked-grid').scrollIntoView({block: 'center'})");
        screenshot("evaluation-registry-revoked");

        // the lead unit's new application with the same core name: the naming check refuses it
        long fresh = Acting.as(security, "applicant", Role.APPLICANT, () -> {
            long created = applications.create(weak.center().jurisdictionCode()).row().id();
            Map<String, Object> values = new HashMap<>(XinzhouSamples.completeApplication());
            values.put("coreName", "重新申报" + core.substring(core.length() - 2));
            applications.saveDraft(created, applications.get(created).row().version(), values, Map.of());
            return created;
        });
        login("applicant", demoPassword());
        menu();
        driver.get(url("applications/" + fresh));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-stage"), "填写申请书"));
        openTab("中心基本情况");
        type("field-coreName", core);
        click(By.id("application-save"));
        openTab("资格自查");
        click(By.id("eligibility-run"));
        wait.until(d -> cellsOf("eligibility-grid").stream().anyMatch(c -> c.contains(core)));
        WebElement message = driver.findElements(By.cssSelector("#eligibility-grid vaadin-grid-cell-content"))
                .stream().filter(e -> e.getText().contains(core)).findFirst().orElseThrow();
        // the row of the naming rule (the grid's cells sit in its shadow rows): its outcome is the first cell
        @SuppressWarnings("unchecked")
        List<String> row = (List<String>) js("return [...arguments[0].assignedSlot.parentElement.parentElement"
                + ".children].map(td => { const s = td.querySelector('slot'); const n = s && s.assignedElements()[0];"
                + " return n ? n.innerText.trim() : ''; })", message);
        assertThat(row.getFirst()).isEqualTo("不符合");
        assertThat(textOf(By.id("eligibility-summary"))).doesNotContain("自查通过");
        js("arguments[0].scrollIntoView({block: 'center'})", message);
        screenshot("evaluation-revoked-name-refused");
    }

    @Test
    void aMissingSelfAssessmentIsDecidedAsXinzhouSetsIt() {
        Due silent = dueCenter();
        long id = openRoundFor(silent, "绩效评估（未提交旅程）");
        // the self-assessment's deadline passed yesterday; the nightly closer runs
        jdbc.update("update evaluation set step_due = ? where id = ?", PortalDay.today().minusDays(1), id);
        assertThat(closer.closeOverdue()).isPositive();
        EvaluationViews.Detail decided = Acting.as(security, "bureau", Role.BUREAU, () -> reader.get(id));
        assertThat(decided.submissionMissing()).isTrue();
        assertThat(decided.row().outcome()).isEqualTo(Outcome.REVOKE);

        // the lead unit finds the result on its evaluation's page, with the article
        login("applicant", demoPassword());
        menu();
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='绩效评估']"));
        wait.until(d -> gridCells().contains(silent.center().name()));
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + silent.center().name() + "']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evaluation-missing")));
        assertThat(textOf(By.id("evaluation-missing"))).isEqualTo("未按期提交自评材料");
        assertThat(textOf(By.id("evaluation-outcome"))).isEqualTo("撤销");
        assertThat(textOf(By.id("evaluation-reason"))).contains("未按期提交评估材料").contains("第十四条");
        assertThat(textOf(By.id("evaluation-grade"))).isEqualTo("不合格");
        assertThat(driver.findElements(By.id("evaluation-submit"))).isEmpty();
        screenshot("evaluation-missing-lead-unit");
        driver.get(url("centers/" + silent.center().id()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("center-status"), "已撤销"));
        logout();

        // the bureau reads the same on the page, and the history names the missing submission
        login("bureau", demoPassword());
        menu();
        driver.get(url("evaluations/" + id));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation-outcome"), "撤销"));
        assertThat(textOf(By.id("evaluation-reason"))).contains("第十四条");
        assertThat(driver.findElements(By.id("evaluation-decide"))).isEmpty();
        screenshot("evaluation-missing-bureau");
    }

    private record Due(CenterRow center) {
    }

    /** A demo center recognised now and dated three years back, so that it is due. */
    private Due dueCenter() {
        long id = CenterSamples.recognised(security, applications, attachments, checklist, publicNotices, notices,
                jdbc);
        CenterRow center = Acting.as(security, "bureau", Role.BUREAU, () -> centers.forApplication(id)).orElseThrow();
        jdbc.update("update center set recognized_on = ? where id = ?", PortalDay.today().minusYears(3).minusDays(1),
                center.id());
        return new Due(center);
    }

    /** The bureau opens a round (the evaluation journey clicks it); the center's evaluation in it. */
    private long openRoundFor(Due due, String title) {
        Acting.as(security, "bureau", Role.BUREAU, () -> roundService.openRound(title, PortalDay.today()));
        return Acting.as(security, "bureau", Role.BUREAU, () -> reader.list(EvaluationFilter.ALL
                .withText(due.center().name()), PageRequest.of(0, 5))).stream()
                .filter(r -> r.state() == EvaluationState.IN_PROGRESS).findFirst().orElseThrow().id();
    }

    private List<String> cellsOf(String gridId) {
        return driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }
}
