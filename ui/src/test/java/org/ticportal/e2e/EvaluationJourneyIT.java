package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
import org.ticportal.core.evaluation.EvaluationFilter;
import org.ticportal.core.evaluation.EvaluationReader;
import org.ticportal.core.evaluation.EvaluationState;
import org.ticportal.core.evaluation.SelfAssessmentForms;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.CenterSamples;
import org.ticportal.ui.PortalDay;
import org.ticportal.ui.SelfAssessmentSamples;

/**
 * Performance evaluation in the browser under Xinzhou (art. 14), every step by the user who owns it: two centers of
 * the demo unit recognised three years ago; the bureau opens a round on 绩效评估; the lead unit finds its evaluations
 * in the grid and files each self-assessment; the district (组织管理部门) passes them; the bureau accepts them, which
 * draws the three demo experts with the finance seat; each expert scores both; the bureau records the results: the
 * first center 优秀 → 保留 and 运行良好、成绩突出 (listed under 优秀中心), the second 不合格 → 整改 (the center 整改中
 * with its deadline); the lead unit files the rectification report, the bureau's re-check passes, and the center is
 * 正常 again, its 评估记录 listing the evaluation (不合格, 整改 · 复查通过).
 */
class EvaluationJourneyIT extends BrowserJourney {

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
    EvaluationReader reader;
    @Autowired
    SelfAssessmentForms selfForms;
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
    void aRoundEndsInRetainForOneCenterAndRectifyThenActiveForTheOther() throws Exception {
        CenterRow good = dueCenter();
        CenterRow weak = dueCenter();

        // the bureau opens the round from 绩效评估
        login("bureau", demoPassword());
        menu();
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='绩效评估']"));
        click(By.id("evaluation-round-open"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation-round-count"), "家"));
        screenshot("evaluation-round-dialog");
        click(By.id("evaluation-round-save"));
        wait.until(d -> gridCells().contains(good.name()) && gridCells().contains(weak.name()));
        screenshot("evaluation-round-opened");
        long goodId = evaluationOf(good);
        long weakId = evaluationOf(weak);
        logout();

        // the lead unit: 我的待办 lists both self-assessments with their deadline → one click opens the evaluation
        login("applicant", demoPassword());
        menu();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-evaluations")));
        wait.until(d -> gridCells().contains(good.name()) && gridCells().contains(weak.name()));
        assertThat(gridCells()).contains("提交自评报告", "绩效自评");
        screenshot("evaluation-inbox");
        click(By.xpath("//*[@id='inbox-evaluations']/vaadin-grid-cell-content[normalize-space(.)='"
                + good.name() + "']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation-step"), "绩效自评"));
        // Xinzhou's self-evaluation form: the center's name filled in; filed with the summary missing, it is refused
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evaluation-self-form")));
        screenshot("evaluation-self-form");
        click(By.id("evaluation-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-notification-card"),
                "处填写不符合要求"));
        assertThat(String.valueOf(js("return document.getElementById('evaluation-step').textContent")))
                .contains("绩效自评");
        // the unit's draft of the other answers (saved at an earlier sitting), then the rest typed here
        draft(goodId);
        driver.get(url("evaluations/" + goodId));
        openTab("创新能力与成果");
        type("field-selfEvaluation-score-RD_INPUT", "9");
        openTab("总体自评");
        textArea("field-selfEvaluation-summary", "评估期内承担市级科技项目3项，新增发明专利5件，服务企业40家。");
        Path report = Files.createTempFile("self-evaluation", ".pdf");
        Files.write(report, "%PDF-1.4 绩效自评报告".getBytes(StandardCharsets.UTF_8));
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("upload-selfEvaluation-report")));
        ((WebElement) js("return arguments[0].querySelector('input[type=file]') "
                + "|| arguments[0].shadowRoot.querySelector('input[type=file]')", upload))
                .sendKeys(report.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation-self-form"),
                report.getFileName().toString()));
        screenshot("evaluation-self-assessment");
        click(By.id("evaluation-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation-step"), "组织管理部门审核"));
        assertThat(Acting.as(security, "bureau", Role.BUREAU, () -> reader.get(goodId)).selfScores())
                .containsEntry("RD_INPUT", new java.math.BigDecimal("9"));
        logout();
        SelfAssessmentSamples.file(security, selfForms, reader, "applicant", weakId,
                "评估期内研发投入不足，成果转化较少。", Map.of());

        // the district reviews, the bureau accepts (the panel is drawn)
        passOn("county", goodId, weakId, "组织管理部门审核通过", "市科技局受理");
        passOn("bureau", goodId, weakId, "材料齐全，予以受理", "专家评估");
        screenshot("evaluation-panel-drawn");
        assertThat(gridCellsOrText()).contains("赵教授");

        // each expert scores both evaluations
        for (String expert : new String[] {"expert", "expert2", "expert3"}) {
            login(expert, demoPassword());
            menu();
            score(goodId, 0);
            if (expert.equals("expert3")) {
                screenshot("evaluation-expert-scoring");
            }
            score(weakId, 7);
            logout();
        }

        // the bureau records the results
        login("bureau", demoPassword());
        menu();
        driver.get(url("evaluations/" + goodId));
        click(By.id("evaluation-decide"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation-grade"), "优秀"));
        assertThat(textOf(By.id("evaluation-outcome"))).contains("保留").contains("运行良好、成绩突出");
        assertThat(textOf(By.id("evaluation-reason"))).contains("第十四条").doesNotContain("（第十四条）（第十四条）");
        screenshot("evaluation-retained");
        driver.get(url("evaluations/" + weakId));
        click(By.id("evaluation-decide"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation-grade"), "不合格"));
        assertThat(textOf(By.id("evaluation-outcome"))).contains("整改");
        assertThat(textOf(By.id("evaluation-rectify-due"))).isNotBlank();
        screenshot("evaluation-rectify");
        driver.get(url("centers/" + weak.id()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("center-status"), "整改中"));
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='优秀中心']"));
        wait.until(d -> gridCells().contains(good.name()));
        assertThat(gridCells()).doesNotContain(weak.name());
        screenshot("evaluation-outstanding");
        logout();

        // the lead unit reports its rectification; the bureau's re-check passes
        login("applicant", demoPassword());
        menu();
        driver.get(url("evaluations/" + weakId));
        textArea("evaluation-report-text", "已增加研发投入并补充成果转化项目2项。");
        click(By.id("evaluation-report-save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation-report"), "已增加研发投入"));
        logout();
        login("bureau", demoPassword());
        menu();
        driver.get(url("evaluations/" + weakId));
        textArea("evaluation-recheck-comment", "整改到位，恢复正常");
        click(By.id("evaluation-recheck-pass"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation-recheck"), "复查通过"));
        screenshot("evaluation-rechecked");
        driver.get(url("centers/" + weak.id()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("center-status"), "正常"));
        wait.until(d -> gridCells().stream().anyMatch(c -> c.contains("复查通过")));
        js("document.getElementById('center-grade-history').scrollIntoView({block: 'start'})");
        screenshot("evaluation-center-grade-history");
    }

    /** A demo center recognised now and dated three years back, so that it is due. */
    private CenterRow dueCenter() {
        long id = CenterSamples.recognised(security, applications, attachments, checklist, publicNotices, notices,
                jdbc);
        CenterRow center = Acting.as(security, "bureau", Role.BUREAU, () -> centers.forApplication(id)).orElseThrow();
        jdbc.update("update center set recognized_on = ? where id = ?", PortalDay.today().minusYears(3).minusDays(1),
                center.id());
        return center;
    }

    private long evaluationOf(CenterRow center) {
        return Acting.as(security, "bureau", Role.BUREAU, () -> reader.list(EvaluationFilter.ALL
                .withText(center.name()), PageRequest.of(0, 5))).stream()
                .filter(r -> r.state() == EvaluationState.IN_PROGRESS).findFirst().orElseThrow().id();
    }

    private void passOn(String user, long first, long second, String comment, String nextStep) {
        login(user, demoPassword());
        menu();
        for (long id : new long[] {first, second}) {
            driver.get(url("evaluations/" + id));
            textArea("evaluation-comment", comment);
            click(By.id("evaluation-approve"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation-step"), nextStep));
        }
        if (!user.equals("bureau")) {
            logout();
        }
    }

    /** Scores every indicator at its points less {@code less} (spread over the first leaves). */
    private void score(long id, int less) {
        driver.get(url("evaluations/" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evaluation-score-save")));
        int left = less;
        for (Map.Entry<String, Integer> e : WEIGHTS.entrySet()) {
            int cut = less == 0 ? (e.getKey().equals("TALENT") ? 2 : 0) : Math.min(e.getValue(), 4 + (left > 0 ? 1 : 0));
            left--;
            int value = less == 0 ? e.getValue() - cut : e.getValue() - cut;
            type("evaluation-score-" + e.getKey(), Integer.toString(Math.max(0, value)));
        }
        textArea("evaluation-opinion", less == 0 ? "运行良好，成果突出" : "研发投入和成果转化不足");
        WebElement save = driver.findElement(By.id("evaluation-score-save"));
        save.sendKeys(Keys.TAB);
        click(By.id("evaluation-score-save"));
        wait.until(d -> gridCellsOrText().stream().anyMatch(c -> c.contains(less == 0 ? "运行良好，成果突出"
                : "研发投入和成果转化不足")));
    }

    private java.util.List<String> gridCellsOrText() {
        return driver.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList();
    }

    /** The lead unit's draft of its self-evaluation form: every answer but the summary, one self-score and the report. */
    private void draft(long id) {
        Acting.as(security, "applicant", Role.APPLICANT, () -> {
            Map<String, Object> values = new LinkedHashMap<>(SelfAssessmentSamples.complete(
                    selfForms.get(id).orElseThrow(), "", Map.of()));
            values.remove("selfEvaluation.summary");
            values.remove("selfEvaluation.score.RD_INPUT");
            return selfForms.save(id, reader.get(id).row().version(), values);
        });
    }
}
