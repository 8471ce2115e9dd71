package org.ticportal.ui.centers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.center.CenterChoice;
import org.ticportal.core.center.CenterDocument;
import org.ticportal.core.center.CenterProfileDraft;
import org.ticportal.core.center.Governance;
import org.ticportal.core.center.Institute;
import org.ticportal.core.center.PublicService;
import org.ticportal.core.center.CenterProfileService;
import org.ticportal.core.center.CenterProfileVersion;
import org.ticportal.core.center.ProfileDifference;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.center.PublicCenter;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.ui.Acting;
import org.ticportal.ui.CenterSamples;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.core.user.Role;

/**
 * 技术创新中心 as each role meets it: the bureau finds a recognised center in its register and opens its page with the
 * two documents; the application's page links to it; the lead unit reads its certificate (Xinzhou's template, in
 * Chinese); the center's page lists its profile versions and compares two of them, and shows the
 * institutes, governance and public services in force; an expert cannot open the register; anyone finds the center in the public registry without login.
 */
class CenterViewsTest extends ViewTestBase {

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
    SecurityContextHolderStrategy security;
    @Autowired
    CenterProfileService profiles;

    private CenterRow recognised() {
        long id = CenterSamples.recognised(security, applications, attachments, checklist, publicNotices,
                notices, jdbc);
        return Acting.as(security, "bureau", Role.BUREAU, () -> centers.forApplication(id)).orElseThrow();
    }

    @Test
    @WithUserDetails("bureau")
    void theBureauFindsTheCenterAndOpensItsPage() {
        CenterRow center = recognised();
        assertThat(center.name()).startsWith("忻州市示范新材料").endsWith("技术创新中心");
        assertThat(center.decisionNumber()).contains(Integer.toString(center.recognizedOn().getYear()));

        navigate(CentersView.class);
        @SuppressWarnings("unchecked")
        Grid<CenterRow> grid = find(Grid.class).withId("centers-grid").single();
        TextField nameFilter = (TextField) grid.getHeaderRows().stream().flatMap(r -> r.getCells().stream())
                .map(c -> c.getComponent()).filter(c -> c != null && c.getId().filter("centers-name-filter"::equals)
                        .isPresent()).findFirst().orElseThrow();
        nameFilter.setValue(center.name());
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).leadUnitName()).isEqualTo(center.leadUnitName());

        // the type, cluster and division filters offer the policy's catalogs and filter in the database
        Select<CenterChoice> type = headerSelect(grid, "centers-type-filter");
        CenterChoice ownType = type.getListDataView().getItems()
                .filter(t -> t.name().zh().equals(center.typeName().zh())).findFirst().orElseThrow();
        type.setValue(ownType);
        assertThat(test(grid).size()).isEqualTo(1);
        type.setValue(type.getListDataView().getItems().filter(t -> !t.equals(ownType)).findFirst().orElseThrow());
        assertThat(test(grid).size()).isZero();
        type.clear();
        Select<CenterChoice> division = headerSelect(grid, "centers-division-filter");
        assertThat(division.getListDataView().getItems().map(CenterChoice::code)).contains(center.recommendingBodyCode());
        division.setValue(division.getListDataView().getItems()
                .filter(d -> d.code().equals(center.recommendingBodyCode())).findFirst().orElseThrow());
        assertThat(test(grid).size()).isEqualTo(1);
        division.setValue(division.getListDataView().getItems()
                .filter(d -> !d.code().equals(center.recommendingBodyCode())).findFirst().orElseThrow());
        assertThat(test(grid).size()).isZero();
        division.clear();
        Select<CenterChoice> cluster = headerSelect(grid, "centers-cluster-filter");
        assertThat(cluster.getListDataView().getItems()).isNotEmpty();
        assertThat(test(grid).size()).isEqualTo(1);
        test(grid).clickRow(0);

        assertThat(find(H2.class).withId("center-name").single().getText()).isEqualTo(center.name());
        assertThat(find(Span.class).withId("center-number").single().getText()).isEqualTo(center.decisionNumber());
        assertThat(find(Span.class).withId("center-co-builders").single().getText()).isNotBlank();
        assertThat(find(Span.class).withId("center-type").single().getText()).contains("类");
        assertThat(find(Anchor.class).withId("center-decision").exists()).isTrue();
        assertThat(find(Anchor.class).withId("center-certificate").exists()).isTrue();

        UI.getCurrent().navigate("applications/" + center.applicationId());
        RouterLink link = find(RouterLink.class).withId("application-center").single();
        assertThat(link.getText()).contains(center.name());
        assertThat(link.getHref()).isEqualTo("centers/" + center.id());
    }

    @SuppressWarnings("unchecked")
    private static Select<CenterChoice> headerSelect(Grid<CenterRow> grid, String id) {
        return (Select<CenterChoice>) grid.getHeaderRows().stream().flatMap(r -> r.getCells().stream())
                .map(c -> c.getComponent()).filter(c -> c != null && c.getId().filter(id::equals).isPresent())
                .findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("applicant")
    void theLeadUnitReadsItsCertificateInChinese() throws Exception {
        CenterRow center = recognised();
        navigate(CentersView.class);
        @SuppressWarnings("unchecked")
        Grid<CenterRow> grid = find(Grid.class).withId("centers-grid").single();
        assertThat(test(grid).size()).isPositive();
        UI.getCurrent().navigate("centers/" + center.id());
        assertThat(find(Anchor.class).withId("center-certificate").exists()).isTrue();

        CenterDocument certificate = centers.document(center.id(), CenterDocument.Kind.CERTIFICATE);
        assertThat(pdfText(certificate.file())).contains(center.name()).contains("忻州市科学技术局")
                .contains(center.decisionNumber()).contains(center.leadUnitName());
        CenterDocument decision = centers.document(center.id(), CenterDocument.Kind.DECISION);
        assertThat(pdfText(decision.file())).contains("关于认定忻州市技术创新中心的通知").contains(center.name());
    }

    @Test
    @WithUserDetails("bureau")
    void theTimelineListsEveryStepWithItsFiles() {
        CenterRow center = recognised();
        long id = center.applicationId();
        long steps = applications.history(id, org.springframework.data.domain.PageRequest.of(0, 1)).getTotalElements();
        UI.getCurrent().navigate("applications/" + id);
        assertThat(find(RouterLink.class).withId("application-timeline").single().getHref())
                .isEqualTo("applications/" + id + "/timeline");
        UI.getCurrent().navigate("applications/" + id + "/timeline");
        com.vaadin.flow.component.html.NativeTable table = find(com.vaadin.flow.component.html.NativeTable.class)
                .withId("timeline-table").single();
        String text = table.getElement().getTextRecursively();
        assertThat(table.getElement().getChild(1).getChildCount()).isEqualTo((int) steps);
        assertThat(text).contains("提交县（市、区）科技主管部门审核").contains("党组会议通过")
                .contains("公示期满无异议，予以认定").contains("市科技局网站公示 → ").contains("（系统）")
                .contains("同意推荐").contains(".pdf");
        assertThat(find(com.vaadin.flow.component.button.Button.class).withId("timeline-print").exists()).isTrue();
    }

    @Test
    @WithUserDetails("bureau")
    void theCenterPageListsItsProfileVersionsAndComparesThem() {
        CenterRow center = recognised();
        UI.getCurrent().navigate("centers/" + center.id());
        @SuppressWarnings("unchecked")
        Grid<CenterProfileVersion> versions = find(Grid.class).withId("center-profile-grid").single();
        assertThat(test(versions).size()).isEqualTo(1);
        assertThat(test(versions).getRow(0).versionNo()).isEqualTo(1);
        assertThat(test(versions).getCellText(0, test(versions).getColumnPosition("centers.profile.reason")))
                .isEqualTo("认定（初始档案）");
        assertThat(find(com.vaadin.flow.component.button.Button.class).withId("center-profile-compare").single()
                .isEnabled()).isFalse();

        // the bureau records version 2 (a new director), as an approved change would
        CenterProfileDraft p1 = profiles.version(center.id(), 1).profile();
        CenterProfileDraft p2 = new CenterProfileDraft(p1.effectiveFrom().plusDays(30), p1.typeCode(),
                p1.typeName(), p1.leadUnitId(), p1.leadUnitName(), p1.coBuilders(), p1.legalForm(),
                p1.transitionTarget(), "新任主任", p1.researchDirections(), p1.clusterCode(), p1.clusterName(),
                p1.supervisingBodyCode()).with(p1.institutes(), p1.governance(), p1.publicServices());
        profiles.recordVersion(center.id(), 1, p2, "更换中心主任");

        navigate(CentersView.class);
        UI.getCurrent().navigate("centers/" + center.id());
        @SuppressWarnings("unchecked")
        Grid<CenterProfileVersion> after = find(Grid.class).withId("center-profile-grid").single();
        assertThat(test(after).size()).isEqualTo(2);
        assertThat(test(after).getRow(0).versionNo()).isEqualTo(2);
        assertThat(test(after).getCellText(0, test(after).getColumnPosition("centers.profile.reason")))
                .isEqualTo("更换中心主任");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Integer> from = find(com.vaadin.flow.component.select.Select.class)
                .withId("center-profile-from").single();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Integer> to = find(com.vaadin.flow.component.select.Select.class)
                .withId("center-profile-to").single();
        assertThat(from.getValue()).isEqualTo(1);
        assertThat(to.getValue()).isEqualTo(2);
        assertThat(find(Grid.class).withId("center-profile-differences").exists()).isFalse();
        test(find(com.vaadin.flow.component.button.Button.class).withId("center-profile-compare").single()).click();

        @SuppressWarnings("unchecked")
        Grid<ProfileDifference> differences = find(Grid.class).withId("center-profile-differences").single();
        assertThat(test(differences).size()).isEqualTo(2);
        int field = test(differences).getColumnPosition("centers.profile.field");
        int before = test(differences).getColumnPosition("centers.profile.before");
        int now = test(differences).getColumnPosition("centers.profile.after");
        assertThat(test(differences).getCellText(0, field)).isEqualTo("生效日期");
        assertThat(test(differences).getCellText(1, field)).isEqualTo("中心主任");
        assertThat(test(differences).getCellText(1, before))
                .isEqualTo(p1.director() == null ? "—" : p1.director());
        assertThat(test(differences).getCellText(1, now)).isEqualTo("新任主任");

        // the same version twice: the page says they are the same
        to.setValue(1);
        test(find(com.vaadin.flow.component.button.Button.class).withId("center-profile-compare").single()).click();
        assertThat(differences.isVisible()).isFalse();
        assertThat(find(Span.class).withId("center-profile-same").single().isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("bureau")
    void theCentersPageShowsTheInstitutesGovernanceAndServicesInForceAndTheirChanges() {
        CenterRow center = recognised();
        UI.getCurrent().navigate("centers/" + center.id());
        // version 1 as recognition read the Xinzhou form: governance, charter, public services (art. 13 catalog)
        assertThat(find(H3.class).withId("center-profile-in-force-title").single().getText())
                .startsWith("现行档案（第 1 版");
        assertThat(find(Span.class).withId("center-profile-governance").single().getText())
                .isEqualTo("理事会决策、主任负责、专家委员会咨询");
        assertThat(find(Span.class).withId("center-profile-charter").single().getText())
                .startsWith("attachments.charter.pdf（");
        assertThat(find(Span.class).withId("center-profile-publicServices").single().getText())
                .isEqualTo("检验检测、人员培训");
        assertThat(find(Span.class).withId("center-profile-director").single().getText()).isEqualTo("王研究员");
        assertThat(find(Span.class).withId("center-profile-board").single().getText()).isEqualTo("—");

        // the bureau records version 2 with institutes, a board, an expert committee and one service more
        CenterProfileDraft p1 = profiles.version(center.id(), 1).profile();
        CenterProfileDraft p2 = p1.with(List.of(new Institute("示范本部", "忻府区", null, true),
                        new Institute("合金研究所", "原平市", "特种合金", false)),
                new Governance(p1.governance().description(), "赵理事长", "赵理事长等五人", "钱院士", 7,
                        p1.governance().charterName(), p1.governance().charterDate()),
                java.util.stream.Stream.concat(p1.publicServices().stream(),
                        java.util.stream.Stream.of(new PublicService("INCUBATION", "企业孵化", "Incubation"))).toList());
        profiles.recordVersion(center.id(), 1, p2, "增设研发机构，完善治理结构");

        UI.getCurrent().navigate("centers/" + center.id());
        assertThat(find(H3.class).withId("center-profile-in-force-title").single().getText())
                .startsWith("现行档案（第 2 版");
        assertThat(find(Span.class).withClassName("center-headquarters").single().getText())
                .isEqualTo("示范本部（忻府区）【本部】");
        assertThat(find(Span.class).withClassName("center-institute").single().getText())
                .isEqualTo("合金研究所（原平市；特种合金）");
        assertThat(find(Span.class).withId("center-profile-board").single().getText())
                .isEqualTo("理事长（董事长）赵理事长；成员：赵理事长等五人");
        assertThat(find(Span.class).withId("center-profile-expertCommittee").single().getText())
                .isEqualTo("主任 钱院士；7 名委员");
        assertThat(find(Span.class).withId("center-profile-publicServices").single().getText())
                .isEqualTo("检验检测、人员培训、企业孵化");

        test(find(com.vaadin.flow.component.button.Button.class).withId("center-profile-compare").single()).click();
        @SuppressWarnings("unchecked")
        Grid<ProfileDifference> differences = find(Grid.class).withId("center-profile-differences").single();
        int field = test(differences).getColumnPosition("centers.profile.field");
        int now = test(differences).getColumnPosition("centers.profile.after");
        assertThat(java.util.stream.IntStream.range(0, test(differences).size())
                .mapToObj(i -> test(differences).getCellText(i, field)).toList())
                .containsExactly("本部及专业化创新研发机构", "理事会（董事会）", "专家委员会", "对外提供的公共服务");
        assertThat(test(differences).getCellText(0, now)).contains("合金研究所");
    }

    @Test
    @WithUserDetails("expert")
    void expertsCannotOpenTheRegister() {
        UI.getCurrent().navigate("centers");
        assertThat(find(Grid.class).withId("centers-grid").exists()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void anyoneFindsTheCenterInThePublicRegistry() {
        CenterRow center = recognised();
        navigate(PublicCentersView.class);
        @SuppressWarnings("unchecked")
        Grid<PublicCenter> grid = find(Grid.class).withId("registry-grid").single();
        test(find(TextField.class).withId("registry-search").single()).setValue(center.name());
        assertThat(test(grid).size()).isEqualTo(1);
        PublicCenter row = test(grid).getRow(0);
        assertThat(row.decisionNumber()).isEqualTo(center.decisionNumber());
        assertThat(row.leadUnitName()).isEqualTo(center.leadUnitName());
        test(find(TextField.class).withId("registry-search").single()).setValue("没有这个中心的名字");
        assertThat(test(grid).size()).isZero();
    }

    static String pdfText(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.UTF_8).replaceAll("\\s+", "");
    }
}
