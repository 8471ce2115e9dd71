package org.ticportal.ui.evaluations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.evaluation.EvaluationFilter;
import org.ticportal.core.evaluation.EvaluationReader;
import org.ticportal.core.evaluation.EvaluationRoundService;
import org.ticportal.core.evaluation.EvaluationService;
import org.ticportal.core.evaluation.EvaluationState;
import org.ticportal.core.evaluation.EvaluationViews;
import org.ticportal.core.evaluation.SelfAssessmentForms;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.user.Role;
import org.ticportal.policy.api.evaluation.Outcome;
import org.ticportal.ui.Acting;
import org.ticportal.ui.CenterSamples;
import org.ticportal.ui.PortalDay;
import org.ticportal.ui.SelfAssessmentSamples;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.forms.FormRenderer;
import com.vaadin.flow.component.html.Paragraph;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.core.common.BulkResult;

/**
 * The evaluation screens under Xinzhou (art. 14), Browserless: the bureau opens a round on 绩效评估 for its center
 * recognised three years ago and sees it in the grid; the lead unit opens the evaluation and files its
 * self-assessment on the page (summary and self-scores), which moves it to the supervising department's review; once
 * the district and the bureau passed it and the drawn experts scored, the bureau records the result on the page (保留,
 * 优秀 flagged) and the center's page lists it in its 评估记录; the center appears under 优秀中心.
 */
class EvaluationViewsTest extends ViewTestBase {

    @Autowired
    SelfAssessmentForms selfForms;
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
    SecurityContextHolderStrategy security;
    @Autowired
    org.ticportal.core.notification.NotificationService notifications;

    /** A Xinzhou center recognised, then dated three years back, and a round opened for it; its evaluation's id. */
    private long evaluationOfADueCenter(CenterRow[] out) {
        long id = CenterSamples.recognised(security, applications, attachments, checklist, publicNotices, notices,
                jdbc);
        CenterRow center = Acting.as(security, "bureau", Role.BUREAU, () -> centers.forApplication(id)).orElseThrow();
        jdbc.update("update center set recognized_on = ? where id = ?", PortalDay.today().minusYears(3).minusDays(1),
                center.id());
        out[0] = center;
        return -1;
    }

    private long evaluationOf(CenterRow center) {
        return Acting.as(security, "bureau", Role.BUREAU, () -> reader.list(EvaluationFilter.ALL
                .withText(center.name()), PageRequest.of(0, 5))).stream()
                .filter(r -> r.state() == EvaluationState.IN_PROGRESS).findFirst().orElseThrow().id();
    }

    @Test
    @WithUserDetails("bureau")
    void theBureauOpensARoundAndRecordsTheResult() {
        CenterRow[] c = new CenterRow[1];
        evaluationOfADueCenter(c);
        CenterRow center = c[0];

        navigate(EvaluationsView.class);
        test(find(Button.class).withId("evaluation-round-open").single()).click();
        assertThat(find(Span.class).withId("evaluation-round-count").single().getText()).contains("家");
        test(find(Button.class).withId("evaluation-round-save").single()).click();
        @SuppressWarnings("unchecked")
        Grid<EvaluationViews.Row> grid = find(Grid.class).withId("evaluations-grid").single();
        List<EvaluationViews.Row> rows = test(grid).size() == 0 ? List.of()
                : java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
        assertThat(rows).extracting(EvaluationViews.Row::centerName).contains(center.name());
        long id = evaluationOf(center);

        // the lead unit, the district and the bureau take their steps; the experts score
        SelfAssessmentSamples.file(security, selfForms, reader, "applicant", id, "自评报告", Map.of());
        Acting.as(security, "county", Role.COUNTY, () -> evaluations.approve(id, reader.get(id).row().version(),
                "同意"));
        Acting.as(security, "bureau", Role.BUREAU, () -> evaluations.approve(id, reader.get(id).row().version(),
                "受理"));
        List<String> panel = Acting.as(security, "bureau", Role.BUREAU, () -> reader.get(id)).seats().stream()
                .map(EvaluationViews.Seat::username).toList();
        assertThat(panel).hasSize(3).contains("expert3");
        for (String expert : panel) {
            Acting.as(security, expert, Role.EXPERT, () -> evaluations.score(id, Map.ofEntries(
                    Map.entry("RD_INPUT", BigDecimal.TEN), Map.entry("KEY_TECHNOLOGIES", BigDecimal.TEN),
                    Map.entry("IP_OUTPUT", BigDecimal.TEN), Map.entry("COMMERCIALISATION", BigDecimal.valueOf(15)),
                    Map.entry("INCUBATION", BigDecimal.TEN), Map.entry("SERVICE_VOLUME", BigDecimal.TEN),
                    Map.entry("SERVICE_QUALITY", BigDecimal.TEN), Map.entry("GOVERNANCE", BigDecimal.valueOf(8)),
                    Map.entry("INVESTMENT", BigDecimal.valueOf(7)), Map.entry("COOPERATION", BigDecimal.valueOf(5)),
                    Map.entry("TALENT", BigDecimal.valueOf(2))), "运行良好"));
        }

        UI.getCurrent().navigate("evaluations/" + id);
        assertThat(find(H2.class).withId("evaluation-center").single().getText()).isEqualTo(center.name());
        test(find(Button.class).withId("evaluation-decide").single()).click();
        assertThat(find(Span.class).withId("evaluation-score").single().getText()).isEqualTo("97.00");
        assertThat(find(Span.class).withId("evaluation-grade").single().getText()).isEqualTo("优秀");
        assertThat(find(Span.class).withId("evaluation-outcome").single().getText()).contains("保留")
                .contains("运行良好、成绩突出");
        assertThat(find(Span.class).withId("evaluation-reason").single().getText()).contains("第十四条");

        UI.getCurrent().navigate("centers/" + center.id());
        @SuppressWarnings("unchecked")
        Grid<EvaluationViews.Grade> grades = find(Grid.class).withId("center-grade-grid").single();
        assertThat(test(grades).size()).isEqualTo(1);
        assertThat(test(grades).getRow(0).outcome()).isEqualTo(Outcome.RETAIN);
        // the outcome column carries the policy's flags, as the evaluation's page does
        assertThat(test(grades).getCellText(0, 4)).contains("保留").contains("运行良好、成绩突出")
                .contains("优先推荐申报上级中心");
        assertThat(grades.getThemeNames()).contains("wrap-cell-content");

        navigate(OutstandingCentersView.class);
        @SuppressWarnings("unchecked")
        Grid<org.ticportal.core.center.CenterStandingRow> outstanding = find(Grid.class).withId("outstanding-grid")
                .single();
        assertThat(java.util.stream.IntStream.range(0, test(outstanding).size())
                .mapToObj(i -> test(outstanding).getRow(i).name())).contains(center.name());
    }

    @Test
    @WithUserDetails("bureau")
    void theBureauRemindsTheLeadUnitOfADueSelfAssessmentAndIsRefusedOneNotYetDue() {
        CenterRow[] c = new CenterRow[1];
        evaluationOfADueCenter(c);
        CenterRow center = c[0];
        Acting.as(security, "bureau", Role.BUREAU, () -> roundService.openRound("催办评估", PortalDay.today()));
        long id = evaluationOf(center);
        jdbc.update("update evaluation set step_due = ? where id = ?", PortalDay.today().plusDays(60), id);

        navigate(EvaluationsView.class);
        @SuppressWarnings("unchecked")
        FilterGrid<EvaluationViews.Row, EvaluationFilter> grid = find(FilterGrid.class).withId("evaluations-grid")
                .single();
        grid.setFilter(EvaluationFilter.ALL.withText(center.name()));
        grid.select(row(grid, id));
        assertThat(find(Span.class).withId("evaluations-bulk-count").single().getText()).isEqualTo("已选择 1 项");
        remind("请于本周内提交");
        assertThat(find(Paragraph.class).withId("evaluations-bulk-refused").single().getText())
                .contains("未发送任何提醒");
        @SuppressWarnings("unchecked")
        Grid<BulkResult.Refusal> refusals = find(Grid.class).withId("evaluations-bulk-refusals").single();
        assertThat(test(refusals).size()).isEqualTo(1);
        assertThat(test(refusals).getCellText(0, 0)).isEqualTo(center.name());
        assertThat(test(refusals).getCellText(0, 2)).contains("尚未到期");
        test(find(Button.class).withId("evaluations-bulk-report-close").single()).click();

        jdbc.update("update evaluation set step_due = ? where id = ?", PortalDay.today().plusDays(5), id);
        grid.refresh();
        grid.select(row(grid, id));
        remind("请于本周内提交");
        assertThat(find(Paragraph.class).withId("evaluations-bulk-done").single().getText())
                .isEqualTo("已提醒 1 项评估的牵头单位。");
        assertThat(Acting.as(security, "applicant", Role.APPLICANT, () -> notifications.mine(false,
                PageRequest.of(0, 50)).getContent())).anySatisfy(n -> {
                    assertThat(n.getTargetId()).isEqualTo(id);
                    assertThat(n.getSubject().zh()).startsWith("催办").contains(center.name());
                    assertThat(n.getBody().zh()).contains("请于本周内提交");
                });
    }

    @Test
    @WithUserDetails("county")
    void countiesSendNoReminders() {
        navigate(EvaluationsView.class);
        assertThat(find(Button.class).withId("evaluations-bulk-remind").exists()).isFalse();
        assertThat(find(Grid.class).withId("evaluations-grid").single().getSelectionModel())
                .isNotInstanceOf(com.vaadin.flow.component.grid.GridMultiSelectionModel.class);
    }

    private void remind(String message) {
        test(find(Button.class).withId("evaluations-bulk-remind").single()).click();
        find(com.vaadin.flow.component.textfield.TextArea.class).withId("evaluations-bulk-message").single()
                .setValue(message);
        test(find(Button.class).withId("evaluations-bulk-run").single()).click();
    }

    private static EvaluationViews.Row row(Grid<EvaluationViews.Row> grid, long id) {
        return grid.getGenericDataView().getItems().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("applicant")
    void theLeadUnitFilesItsSelfAssessmentOnThePage() {
        CenterRow[] c = new CenterRow[1];
        evaluationOfADueCenter(c);
        Acting.as(security, "bureau", Role.BUREAU, () -> roundService.openRound("三年期评估", PortalDay.today()));
        long id = evaluationOf(c[0]);

        navigate(EvaluationsView.class);
        UI.getCurrent().navigate("evaluations/" + id);
        assertThat(find(Span.class).withId("evaluation-step").single().getText()).contains("绩效自评");
        // the policy's self-evaluation form, the center's name filled in and the lead unit proposed
        FormRenderer form = find(FormRenderer.class).withId("evaluation-self-form").single();
        assertThat(form.getValues()).containsEntry("selfEvaluation.centerName", c[0].name())
                .containsEntry("selfEvaluation.leadUnitName", c[0].leadUnitName());
        assertThat(find(TextArea.class).withId("evaluation-summary").exists()).isFalse();

        // filed with nothing answered: refused, the evaluation stays at its step
        test(find(Button.class).withId("evaluation-submit").single()).click();
        assertThat(find(Span.class).withId("evaluation-step").single().getText()).contains("绩效自评");

        // a draft with a self-score above its indicator's weight is refused at the field; a correct draft is kept
        Map<String, Object> values = new java.util.HashMap<>(SelfAssessmentSamples.complete(
                selfForms.get(id).orElseThrow(), "评估期内完成研发项目3项。", Map.of("RD_INPUT", new BigDecimal("8"))));
        values.put("selfEvaluation.score.RD_INPUT", new BigDecimal("12"));
        form.setValues(values);
        test(find(Button.class).withId("evaluation-self-save").single()).click();
        assertThat(selfForms.get(id).orElseThrow().values()).doesNotContainKey("selfEvaluation.summary");
        values.put("selfEvaluation.score.RD_INPUT", new BigDecimal("8"));
        form.setValues(values);
        test(find(Button.class).withId("evaluation-self-save").single()).click();
        assertThat(selfForms.get(id).orElseThrow().values()).containsKey("selfEvaluation.summary");

        // the stamped report attached to its field, then filed from the page
        selfForms.upload(id, "selfEvaluation.report", "自评报告.pdf", new java.io.ByteArrayInputStream(
                "%PDF-1.4\n%自评\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        UI.getCurrent().navigate("evaluations/" + id);
        test(find(Button.class).withId("evaluation-submit").single()).click();
        assertThat(find(Span.class).withId("evaluation-step").single().getText()).contains("组织管理部门审核");
        FormRenderer filed = find(FormRenderer.class).withId("evaluation-self-form-view").single();
        assertThat(filed.getValues()).containsEntry("selfEvaluation.summary", "评估期内完成研发项目3项。");
        assertThat(Acting.as(security, "bureau", Role.BUREAU, () -> reader.get(id)).selfScores())
                .containsEntry("RD_INPUT", new BigDecimal("8"));
        @SuppressWarnings("unchecked")
        Grid<EvaluationViews.History> history = find(Grid.class).withId("evaluation-history").single();
        assertThat(java.util.stream.IntStream.range(0, test(history).size())
                .mapToObj(i -> test(history).getRow(i).action())).contains("OPENED", "SUBMITTED");
    }
}
