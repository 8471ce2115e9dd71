package org.ticportal.ui.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.center.CenterProfileVersion;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.change.ChangeAction;
import org.ticportal.core.change.ChangeRequestDraft;
import org.ticportal.core.change.ChangeRequestFilter;
import org.ticportal.core.change.ChangeRequestRow;
import org.ticportal.core.change.ChangeRequestService;
import org.ticportal.core.change.ChangeRequestState;
import org.ticportal.core.change.ChangeTypeOption;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.CenterSamples;
import org.ticportal.ui.ViewTestBase;

/**
 * 变更申请 in the views (Browserless): the lead unit opens its center, 申请变更, sees the rename's fields only, is told
 * at once that a name with Latin letters is refused, and files a rename with its letter; the request's page shows it
 * waiting for the supervising department. The bureau finds a rename the county agreed to in its grid (filtered by
 * state), reads the comparison of the names, approves it, and the center's page shows the new name and version 2.
 */
class ChangeViewsTest extends ViewTestBase {

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
    ChangeRequestService changes;
    @Autowired
    org.ticportal.core.center.CenterProfileService profiles;
    @Autowired
    SecurityContextHolderStrategy security;

    private CenterRow recognised() {
        long id = CenterSamples.recognised(security, applications, attachments, checklist, publicNotices,
                notices, jdbc);
        return Acting.as(security, "bureau", Role.BUREAU, () -> centers.forApplication(id)).orElseThrow();
    }

    @Test
    @WithUserDetails("applicant")
    void theLeadUnitFilesARenameFromItsCentersPage() {
        CenterRow center = recognised();
        UI.getCurrent().navigate("centers/" + center.id());
        test(find(Button.class).withId("center-change-request").single()).click();

        assertThat(find(H2.class).withId("change-form-title").single().getText()).contains(center.name());
        @SuppressWarnings("unchecked")
        Select<ChangeTypeOption> type = find(Select.class).withId("change-type").single();
        assertThat(type.getValue().code()).isEqualTo("RENAME");
        assertThat(find(Span.class).withId("change-type-article").single().getText()).contains("第十五条")
                .contains("组织管理部门审核").contains("市科技局批准");
        assertThat(find(TextField.class).withId("change-core-name").exists()).isTrue();
        assertThat(find(TextArea.class).withId("change-directions").exists()).isFalse();
        assertThat(find(TextField.class).withId("change-lead-unit-code").exists()).isFalse();

        TextField core = find(TextField.class).withId("change-core-name").single();
        test(core).setValue("AI新材料");
        assertThat(find(Span.class).withId("change-name-check").single().getText()).contains("拉丁字母");

        // the restructuring shows the lead unit and the co-builders, prefilled with the profile in force
        test(type).selectItem("调整重组");
        assertThat(find(TextField.class).withId("change-lead-unit-code").exists()).isTrue();
        assertThat(find(Span.class).withId("change-type-article").single().getText()).contains("第十五条");
        test(type).selectItem("更名");

        String newCore = "先进" + unique() + "材料";
        test(find(TextField.class).withId("change-core-name").single()).setValue(newCore);
        assertThat(find(Span.class).withId("change-name-check").single().getText())
                .contains("忻州市" + newCore + "技术创新中心").contains("名称可以使用");
        test(find(TextArea.class).withId("change-reason").single()).setValue("中心聚焦先进材料，申请更名");
        // without the letter the request is refused on the upload
        test(find(Button.class).withId("change-submit").single()).click();
        assertThat(find(Span.class).withId("change-letter-error").single().getText()).contains("书面申请");

        test(find(Upload.class).withId("change-letter").single()).upload("更名申请.pdf", "application/pdf",
                "%PDF-1.7 letter".getBytes(StandardCharsets.US_ASCII));
        test(find(Button.class).withId("change-submit").single()).click();

        assertThat(find(H2.class).withId("change-title").single().getText()).contains(center.name());
        assertThat(find(Span.class).withId("change-state").single().getText()).contains("审核中")
                .contains("组织管理部门审核");
        @SuppressWarnings("unchecked")
        Grid<Object> history = find(Grid.class).withId("change-history").single();
        assertThat(test(history).size()).isEqualTo(1);
        assertThat(find(Button.class).withId("change-approve").exists()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<Object> comparison = find(Grid.class).withId("change-comparison").single();
        assertThat(test(comparison).getCellText(0, 2)).isEqualTo("忻州市" + newCore + "技术创新中心");
    }

    @Test
    @WithUserDetails("bureau")
    void theBureauApprovesARenameTheCountyAgreedToAndTheCenterShowsVersionTwo() {
        CenterRow center = recognised();
        String newCore = "智能" + unique() + "装备";
        ChangeRequestRow filed = Acting.as(security, "applicant", Role.APPLICANT, () -> changes.file(center.id(),
                new ChangeRequestDraft("RENAME", newCore, null, null, null, null, "业务方向调整，申请更名"),
                "更名申请.pdf", new ByteArrayInputStream("%PDF-1.7 x".getBytes(StandardCharsets.US_ASCII))));
        Acting.as(security, "county", Role.COUNTY, () -> changes.decide(filed.id(), filed.version(),
                ChangeAction.APPROVE, "经审核，同意更名", null, null));

        navigate(ChangeRequestsView.class);
        @SuppressWarnings("unchecked")
        Grid<ChangeRequestRow> grid = find(Grid.class).withId("changes-grid").single();
        @SuppressWarnings("unchecked")
        Select<ChangeRequestState> state = (Select<ChangeRequestState>) grid.getHeaderRows().stream()
                .flatMap(r -> r.getCells().stream()).map(c -> c.getComponent())
                .filter(c -> c != null && c.getId().filter("changes-state-filter"::equals).isPresent()).findFirst()
                .orElseThrow();
        state.setValue(ChangeRequestState.REVIEWING);
        List<Long> ids = java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).id())
                .toList();
        assertThat(ids).contains(filed.id());
        test(grid).clickRow(ids.indexOf(filed.id()));

        assertThat(find(Span.class).withId("change-state").single().getText()).contains("市科技局批准");
        @SuppressWarnings("unchecked")
        Grid<Object> comparison = find(Grid.class).withId("change-comparison").single();
        assertThat(test(comparison).getCellText(0, 1)).isEqualTo(center.name());
        assertThat(test(comparison).getCellText(0, 2)).isEqualTo("忻州市" + newCore + "技术创新中心");
        assertThat(find(Button.class).withId("change-approve").single().getText()).isEqualTo("批准变更");
        test(find(TextArea.class).withId("change-comment").single()).setValue("同意更名");
        test(find(Button.class).withId("change-approve").single()).click();

        assertThat(find(Span.class).withId("change-state").single().getText()).contains("已批准");
        assertThat(find(Span.class).withId("change-result-version").single().getText()).contains("2");
        UI.getCurrent().navigate("centers/" + center.id());
        assertThat(find(H2.class).withId("center-name").single().getText())
                .isEqualTo("忻州市" + newCore + "技术创新中心");
        @SuppressWarnings("unchecked")
        Grid<CenterProfileVersion> versions = find(Grid.class).withId("center-profile-grid").single();
        assertThat(test(versions).size()).isEqualTo(2);
        @SuppressWarnings("unchecked")
        Grid<ChangeRequestRow> centerChanges = find(Grid.class).withId("center-change-grid").single();
        assertThat(test(centerChanges).getRow(0).state()).isEqualTo(ChangeRequestState.APPROVED);
        assertThat(Acting.as(security, "applicant", Role.APPLICANT,
                () -> changes.count(ChangeRequestFilter.ofCenter(center.id())))).isEqualTo(1);
    }

    /** Chinese characters of a test's own (names may hold no digits or Latin letters). */
    private static String unique() {
        long n = System.nanoTime();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            s.append("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳".charAt((int) (n % 16)));
            n /= 16;
        }
        return s.toString();
    }
}
