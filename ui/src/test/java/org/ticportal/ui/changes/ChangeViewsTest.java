package org.ticportal.ui.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import org.ticportal.core.center.CenterProfileDraft;
import org.ticportal.core.center.CenterProfileVersion;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.center.Institute;
import org.ticportal.core.change.ChangeAction;
import org.ticportal.core.change.ChangeRequestDraft;
import org.ticportal.core.change.ChangeRequestFilter;
import org.ticportal.core.change.ChangeRequestQueries;
import org.ticportal.core.change.ChangeRequestRow;
import org.ticportal.core.change.ChangeRequestService;
import org.ticportal.core.change.ChangeRequestState;
import org.ticportal.core.change.ChangeTypeOption;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.CenterSamples;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.UniqueNames;

/**
 * 变更申请 in the views (Browserless): the lead unit opens its center, 申请变更, sees the rename's fields only, is told
 * at once that a name with Latin letters is refused, and files a rename with its letter; the request's page shows it
 * waiting for the supervising department. The bureau finds a rename the county agreed to in its grid (filtered by
 * state), reads the comparison of the names, approves it, and the center's page shows the new name and version 2. A
 * restructuring edits the institutes list (headquarters ticked), the comparison shows it, and its approval records it.
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
    ChangeRequestQueries queries;
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

        String newCore = "先进" + UniqueNames.suffix() + "材料";
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
        String newCore = "智能" + UniqueNames.suffix() + "装备";
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
                () -> queries.count(ChangeRequestFilter.ofCenter(center.id())))).isEqualTo(1);
    }

    @Test
    @WithUserDetails("applicant")
    void aRestructuringEditsTheInstitutesAndItsApprovalRecordsThem() {
        CenterRow center = recognised();
        UI.getCurrent().navigate("centers/" + center.id());
        test(find(Button.class).withId("center-change-request").single()).click();
        @SuppressWarnings("unchecked")
        Select<ChangeTypeOption> type = find(Select.class).withId("change-type").single();
        test(type).selectItem("调整重组");
        assertThat(find(Paragraph.class).withId("change-institutes-note").single().getText()).contains("本部");
        // the field center of the demo has no institutes yet: the lead unit adds its headquarters and an institute
        assertThat(find(TextField.class).withClassName("change-institute-name").exists()).isFalse();
        test(find(Button.class).withId("change-institute-add").single()).click();
        test(find(Button.class).withId("change-institute-add").single()).click();
        List<TextField> names = find(TextField.class).withClassName("change-institute-name").all();
        List<TextField> locations = find(TextField.class).withClassName("change-institute-location").all();
        List<TextField> fields = find(TextField.class).withClassName("change-institute-field").all();
        List<Checkbox> headquarters = find(Checkbox.class).withClassName("change-institute-headquarters").all();
        test(names.get(0)).setValue("示范中心本部");
        test(locations.get(0)).setValue("忻府区");
        test(headquarters.get(0)).click();
        test(names.get(1)).setValue("特种合金研究所");
        test(locations.get(1)).setValue("原平市");
        test(fields.get(1)).setValue("特种合金");
        test(find(TextArea.class).withId("change-reason").single()).setValue("增设特种合金研究所");
        test(find(Upload.class).withId("change-letter").single()).upload("重组申请.pdf", "application/pdf",
                "%PDF-1.7 letter".getBytes(StandardCharsets.US_ASCII));
        test(find(Button.class).withId("change-submit").single()).click();

        @SuppressWarnings("unchecked")
        Grid<Object> comparison = find(Grid.class).withId("change-comparison").single();
        assertThat(java.util.stream.IntStream.range(0, test(comparison).size())
                .mapToObj(i -> test(comparison).getCellText(i, 0)).toList())
                .containsExactly("本部及专业化创新研发机构");
        assertThat(test(comparison).getCellText(0, 1)).isEqualTo("无");
        assertThat(test(comparison).getCellText(0, 2)).contains("示范中心本部（忻府区）【本部】")
                .contains("特种合金研究所（原平市；特种合金）");

        // the county agrees and the bureau approves: version 2 holds the institutes
        ChangeRequestRow filed = Acting.as(security, "applicant", Role.APPLICANT,
                () -> queries.list(ChangeRequestFilter.ofCenter(center.id()),
                        org.springframework.data.domain.PageRequest.of(0, 5))).getFirst();
        ChangeRequestRow agreed = Acting.as(security, "county", Role.COUNTY, () -> changes.decide(filed.id(),
                filed.version(), ChangeAction.APPROVE, "同意", null, null));
        Acting.as(security, "bureau", Role.BUREAU, () -> changes.decide(filed.id(), agreed.version(),
                ChangeAction.APPROVE, "批准", null, null));
        CenterProfileDraft v2 = Acting.as(security, "bureau", Role.BUREAU,
                () -> profiles.versions(center.id())).getFirst().profile();
        assertThat(v2.institutes()).containsExactly(new Institute("示范中心本部", "忻府区", null, true),
                new Institute("特种合金研究所", "原平市", "特种合金", false));
        assertThat(v2.publicServices()).extracting(s -> s.code()).containsExactly("TESTING", "TRAINING");
        assertThat(v2.governance().description()).isEqualTo("理事会决策、主任负责、专家委员会咨询");
        UI.getCurrent().navigate("centers/" + center.id());
        assertThat(find(Span.class).withClassName("center-headquarters").single().getText())
                .isEqualTo("示范中心本部（忻府区）【本部】");
    }

}
