package org.ticportal.ui.evaluations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.evaluation.EvaluationFilter;
import org.ticportal.core.evaluation.EvaluationResultNotice;
import org.ticportal.core.evaluation.EvaluationReader;
import org.ticportal.core.evaluation.EvaluationRoundService;
import org.ticportal.core.evaluation.EvaluationService;
import org.ticportal.core.evaluation.EvaluationState;
import org.ticportal.core.evaluation.EvaluationViews;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.CenterSamples;
import org.ticportal.ui.PortalDay;
import org.ticportal.ui.SelfAssessmentSamples;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.centers.PublicCentersView;

/**
 * 绩效评估结果公示, Browserless: a Xinzhou center's evaluation decided (保留, 运行良好、成绩突出) and then put under a
 * result notice of 8 days (Xinzhou's scheme has none, so the row is moved there in the database: the engine's notice
 * is covered by the core's EvaluationIT) — anyone, without login, finds it on the public page with the period in
 * Chinese dates, 公示中, the article and the authority objections go to (with the telephone and address of the
 * bureau's latest recognition notice), reached from the public registry; the bureau's
 * evaluation page says 结果公示中 with the day the result takes effect.
 */
class ResultNoticeViewsTest extends ViewTestBase {

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
    org.ticportal.core.evaluation.SelfAssessmentForms selfForms;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    @WithAnonymousUser
    void anyoneSeesTheResultUnderNoticeWithItsPeriodAndWhereToObject() {
        CenterRow center = recognised();
        long id = decidedUnderNotice(center);
        LocalDate effective = PortalDay.today().plusDays(8);

        navigate(PublicCentersView.class);
        assertThat(find(Anchor.class).withId("registry-result-notices").single().getHref())
                .isEqualTo("public/evaluations");
        navigate(PublicEvaluationNoticesView.class);
        @SuppressWarnings("unchecked")
        Grid<EvaluationResultNotice> grid = find(Grid.class).withId("result-notices-grid").single();
        int row = IntStream.range(0, test(grid).size()).filter(i -> test(grid).getRow(i).id() == id).findFirst()
                .orElseThrow();
        assertThat(test(grid).getCellText(row, 0)).isEqualTo(center.name());
        assertThat(test(grid).getCellText(row, 1)).isEqualTo(center.leadUnitName());
        assertThat(test(grid).getCellText(row, 2)).isEqualTo("优秀");
        assertThat(test(grid).getCellText(row, 3)).startsWith("保留，运行良好、成绩突出");
        EvaluationResultNotice n = test(grid).getRow(row);
        assertThat(test(grid).getCellText(row, 4)).isEqualTo(zh(n.periodStart()) + "至" + zh(effective.minusDays(1)));
        assertThat(test(grid).getCellText(row, 5)).isEqualTo("公示中（" + zh(effective) + "起生效）");
        assertThat(test(grid).getCellText(row, 6)).contains("第十四条");
        assertThat(test(grid).getCellText(row, 7)).isEqualTo("请于" + zh(effective.minusDays(1))
                + "前以书面形式向忻州市科学技术局提出（异议受理电话：0350-1234567；通讯地址：市科学技术局）");
        assertThat(n.periodStart()).isAfter(PortalDay.today());
    }

    @Test
    @WithUserDetails("bureau")
    void theBureauSeesTheEvaluationUnderNoticeAndWhenItTakesEffect() {
        long id = decidedUnderNotice(recognised());
        UI.getCurrent().navigate("evaluations/" + id);
        assertThat(find(Span.class).withId("evaluation-state").single().getText()).isEqualTo("结果公示中");
        assertThat(find(Span.class).withId("evaluation-effective").single().getText())
                .isEqualTo(zh(PortalDay.today().plusDays(8)));
        assertThat(find(Anchor.class).withId("evaluation-public-notice").single().getHref())
                .isEqualTo("public/evaluations");
    }

    private static String zh(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** A Xinzhou center recognised, then dated three years back, so that a round takes it. */
    private CenterRow recognised() {
        long application = CenterSamples.recognised(security, applications, attachments, checklist, publicNotices,
                notices, jdbc);
        CenterRow center = Acting.as(security, "bureau", Role.BUREAU, () -> centers.forApplication(application))
                .orElseThrow();
        jdbc.update("update center set recognized_on = ? where id = ?", PortalDay.today().minusYears(3).minusDays(1),
                center.id());
        return center;
    }

    /**
     * The center's evaluation opened, filed, reviewed, scored 97 (优秀) and decided through the services; then moved
     * under a result notice ending in 8 days, as a scheme with one would have left it.
     */
    private long decidedUnderNotice(CenterRow center) {
        Acting.as(security, "bureau", Role.BUREAU, () -> roundService.openRound("公示测试评估", PortalDay.today()));
        long id = Acting.as(security, "bureau", Role.BUREAU, () -> reader.list(EvaluationFilter.ALL
                .withText(center.name()), PageRequest.of(0, 5))).stream()
                .filter(r -> r.state() == EvaluationState.IN_PROGRESS).findFirst().orElseThrow().id();
        SelfAssessmentSamples.file(security, selfForms, reader, "applicant", id, "自评报告", Map.of());
        Acting.as(security, "county", Role.COUNTY, () -> evaluations.approve(id, reader.get(id).row().version(),
                "同意"));
        Acting.as(security, "bureau", Role.BUREAU, () -> evaluations.approve(id, reader.get(id).row().version(),
                "受理"));
        List<String> panel = Acting.as(security, "bureau", Role.BUREAU, () -> reader.get(id)).seats().stream()
                .map(EvaluationViews.Seat::username).toList();
        for (String expert : panel) {
            Acting.as(security, expert, Role.EXPERT, () -> evaluations.score(id, Map.ofEntries(
                    Map.entry("RD_INPUT", BigDecimal.TEN), Map.entry("KEY_TECHNOLOGIES", BigDecimal.TEN),
                    Map.entry("IP_OUTPUT", BigDecimal.TEN), Map.entry("COMMERCIALISATION", BigDecimal.valueOf(15)),
                    Map.entry("INCUBATION", BigDecimal.TEN), Map.entry("SERVICE_VOLUME", BigDecimal.TEN),
                    Map.entry("SERVICE_QUALITY", BigDecimal.TEN), Map.entry("GOVERNANCE", BigDecimal.valueOf(8)),
                    Map.entry("INVESTMENT", BigDecimal.valueOf(7)), Map.entry("COOPERATION", BigDecimal.valueOf(5)),
                    Map.entry("TALENT", BigDecimal.valueOf(2))), "运行良好"));
        }
        Acting.as(security, "bureau", Role.BUREAU, () -> evaluations.decide(id, reader.get(id).row().version()));
        assertThat(jdbc.update("update evaluation set state = 'NOTICE', effective_on = ? where id = ?",
                PortalDay.today().plusDays(8), id)).isEqualTo(1);
        return id;
    }
}
