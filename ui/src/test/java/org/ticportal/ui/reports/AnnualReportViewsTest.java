package org.ticportal.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.report.AnnualReportFilter;
import org.ticportal.core.report.AnnualReportRow;
import org.ticportal.core.report.AnnualReportService;
import org.ticportal.core.report.ReportState;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.CenterSamples;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.forms.FormRenderer;

/**
 * 年度报告 as the lead unit and the bureau meet it, under Xinzhou's annual report form: the center's page offers the
 * year to report; starting it opens the form with the year and the center's name filled in and fixed; submitting an
 * incomplete report shows the problems and keeps it a draft; the bureau finds it in the grid by state, and cannot
 * return a draft.
 */
class AnnualReportViewsTest extends ViewTestBase {

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
    AnnualReportService reports;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    @WithUserDetails("applicant")
    void theLeadUnitStartsTheYearsReportAndTheBureauFindsIt() {
        long applicationId = CenterSamples.recognised(security, applications, attachments, checklist, publicNotices,
                notices, jdbc);
        CenterRow center = Acting.as(security, "bureau", Role.BUREAU, () -> centers.forApplication(applicationId))
                .orElseThrow();

        UI.getCurrent().navigate("centers/" + center.id());
        @SuppressWarnings("unchecked")
        Select<Integer> year = find(Select.class).withId("center-report-year").single();
        int reported = year.getValue();
        assertThat(year.getListDataView().getItems()).first().isEqualTo(reported);
        test(find(Button.class).withId("center-report-start").single()).click();

        assertThat(find(H2.class).withId("report-title").single().getText())
                .isEqualTo(center.name() + " " + reported + "年度报告");
        assertThat(find(Span.class).withId("report-state").single().getText()).isEqualTo("填报中");
        FormRenderer form = find(FormRenderer.class).withId("report-form").single();
        assertThat(form.getValues()).containsEntry("annual.centerName", center.name());
        assertThat(String.valueOf(form.getValues().get("annual.year"))).isEqualTo(Integer.toString(reported));
        // proposed from the profile in force: the type, the lead unit, the supervising body, the director
        assertThat(form.getValues()).containsEntry("annual.leadUnitName", center.leadUnitName())
                .containsEntry("annual.supervisingBody", center.recommendingBodyCode())
                .containsKey("annual.centerType").containsKey("annual.director");

        test(find(Button.class).withId("report-submit").single()).click();
        AnnualReportRow row = reports.list(AnnualReportFilter.ALL.withText(center.name()),
                org.springframework.data.domain.PageRequest.of(0, 5)).getFirst();
        assertThat(row.state()).isEqualTo(ReportState.DRAFT);
        assertThat(find(Span.class).withId("report-state").single().getText()).isEqualTo("填报中");

        // the bureau sees the draft in its grid, and no return action on a draft
        Acting.as(security, "bureau", Role.BUREAU, () -> {
            assertThat(reports.count(AnnualReportFilter.ALL.withText(center.name())
                    .withState(ReportState.DRAFT))).isEqualTo(1);
            return null;
        });
    }

    @Test
    @WithUserDetails("bureau")
    void theBureauOpensTheGridAndAReport() {
        long applicationId = CenterSamples.recognised(security, applications, attachments, checklist, publicNotices,
                notices, jdbc);
        CenterRow center = Acting.as(security, "bureau", Role.BUREAU, () -> centers.forApplication(applicationId))
                .orElseThrow();
        int year = Acting.as(security, "applicant", Role.APPLICANT, () -> reports.yearsToStart(center.id())).getFirst();
        AnnualReportRow started = Acting.as(security, "applicant", Role.APPLICANT,
                () -> reports.start(center.id(), year));

        navigate(AnnualReportsView.class);
        @SuppressWarnings("unchecked")
        Grid<AnnualReportRow> grid = find(Grid.class).withId("reports-grid").single();
        assertThat(test(grid).size()).isPositive();
        UI.getCurrent().navigate("annual-reports/" + started.id());
        assertThat(find(H2.class).withId("report-title").single().getText()).contains(center.name());
        assertThat(find(Button.class).withId("report-submit").exists()).isFalse();
        assertThat(find(TextArea.class).withId("report-return-reason").exists()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<org.ticportal.core.audit.AuditEvent> history = find(Grid.class).withId("report-history").single();
        assertThat(test(history).size()).isEqualTo(1);
        assertThat(test(history).getCellText(0, test(history).getColumnPosition("history.to"))).isEqualTo("填报中");
        assertThat(test(history).getCellText(0, test(history).getColumnPosition("history.action")))
                .isEqualTo("开始填报");
    }
}
