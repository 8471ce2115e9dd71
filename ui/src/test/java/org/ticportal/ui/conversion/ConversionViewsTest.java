package org.ticportal.ui.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.conversion.ColumnMapping;
import org.ticportal.core.conversion.EngineeringCenterFilter;
import org.ticportal.core.conversion.EngineeringCenterImportService;
import org.ticportal.core.conversion.EngineeringCenterRow;
import org.ticportal.core.conversion.EngineeringCenterService;
import org.ticportal.core.conversion.ImportField;
import org.ticportal.core.conversion.ImportProblem;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.ExpertSamples;
import org.ticportal.ui.ViewTestBase;

/**
 * 工程中心名录 and 转建 without a browser: the bureau uploads a workbook, sees the mapping guessed from its header, and
 * a sheet with bad rows gives the validation report (each row and why) and writes nothing; the fixed sheet imports
 * and the grid finds it. The demo applicant converts its engineering center from 申请转建, which opens the conversion
 * application; the bureau skips its optional expert argumentation with a reason, and the history shows the skip.
 */
class ConversionViewsTest extends ViewTestBase {

    @Autowired
    EngineeringCenterService registry;
    @Autowired
    EngineeringCenterImportService imports;
    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ChecklistService checklist;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    @WithUserDetails("bureau")
    void theBureauMapsTheColumnsSeesTheReportOfABadSheetAndImportsTheFixedOne() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String good = "忻州市视图测试工程技术研究中心" + suffix;
        navigate(EngineeringCentersView.class);
        assertThat(find(Paragraph.class).withId("engineering-help").single().getText()).contains("第十六条");
        test(find(Button.class).withId("engineering-import").single()).click();
        byte[] bad = Sheets.xlsx(List.of(Sheets.HEADER,
                List.of("1", "甲公司", good, Sheets.code("a" + suffix), "忻府区", "2019", "忻科〔2019〕1号"),
                List.of("2", "乙公司", "", Sheets.code("b" + suffix), "忻府区", "2019", ""),
                List.of("3", "丙公司", "丙中心" + suffix, Sheets.wrongCheck(Sheets.code("c" + suffix)), "太原市",
                        "2019", "")));
        test(find(Upload.class).withId("engineering-import-upload").single()).upload("名录.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bad);

        @SuppressWarnings("unchecked")
        Select<Integer> name = find(Select.class).withId("engineering-map-NAME").single();
        assertThat(name.getValue()).isEqualTo(2);
        @SuppressWarnings("unchecked")
        Select<Integer> unit = find(Select.class).withId("engineering-map-UNIT_NAME").single();
        assertThat(unit.getValue()).isEqualTo(1);
        assertThat(find(Paragraph.class).withId("engineering-import-status").single().getText()).contains("3 行");
        test(find(Button.class).withId("engineering-import-start").single()).click();
        awaitImport();

        @SuppressWarnings("unchecked")
        Grid<ImportProblem> report = find(Grid.class).withId("engineering-import-report").single();
        assertThat(report.isVisible()).isTrue();
        assertThat(test(report).size()).isEqualTo(3);
        assertThat(test(report).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(report).getCellText(0, 1)).isEqualTo("缺少工程技术研究中心名称");
        assertThat(test(report).getCellText(1, 1)).startsWith("统一社会信用代码不正确");
        assertThat(test(report).getCellText(2, 1)).contains("太原市");
        assertThat(find(Paragraph.class).withId("engineering-import-status").single().getText())
                .contains("未导入").contains("2 行有问题");
        assertThat(registry.count(EngineeringCenterFilter.ALL.withText(suffix))).isZero();

        byte[] fixed = Sheets.xlsx(List.of(Sheets.HEADER,
                List.of("1", "甲公司", good, Sheets.code("a" + suffix), "忻府区", "2019", "忻科〔2019〕1号"),
                List.of("3", "丙公司", "丙中心" + suffix, Sheets.code("c" + suffix), "原平市", "2019", "")));
        test(find(Upload.class).withId("engineering-import-upload").single()).upload("名录-改.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fixed);
        test(find(Button.class).withId("engineering-import-start").single()).click();
        awaitImport();
        assertThat(find(EngineeringCenterImportDialog.class).exists()).isFalse();

        @SuppressWarnings("unchecked")
        Grid<EngineeringCenterRow> grid = find(Grid.class).withId("engineering-centers-grid").single();
        TextField filter = (TextField) grid.getHeaderRows().stream().flatMap(r -> r.getCells().stream())
                .map(c -> c.getComponent()).filter(c -> c != null && c.getId()
                        .filter("filter-engineering-text"::equals).isPresent()).findFirst().orElseThrow();
        filter.setValue(suffix);
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(registry.list(EngineeringCenterFilter.ALL.withText(good), org.springframework.data.domain
                .PageRequest.of(0, 5))).singleElement().satisfies(r -> {
                    assertThat(r.divisionName()).isEqualTo("忻府区");
                    assertThat(r.documentNumber()).isEqualTo("忻科〔2019〕1号");
                });
    }

    @Test
    @WithUserDetails("applicant")
    void theUnitConvertsItsEngineeringCenterAndTheBureauSkipsTheOptionalStage() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "忻州市转建视图工程技术研究中心" + suffix;
        long engineering = importForDemoUnit(name);

        navigate(ConversionFilingView.class);
        @SuppressWarnings("unchecked")
        Grid<EngineeringCenterRow> own = find(Grid.class).withId("conversion-grid").single();
        int row = java.util.stream.IntStream.range(0, test(own).size())
                .filter(i -> test(own).getRow(i).id() == engineering).findFirst().orElseThrow();
        Button convert = (Button) test(own).getCellComponent(row, "conversion.filing.action");
        assertThat(convert.getId()).contains("conversion-file-" + engineering);
        test(convert).click();
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).startsWith("applications/");
        long applicationId = Long.parseLong(path.substring("applications/".length()));
        assertThat(find(Span.class).withId("application-conversion").single().getText()).contains(name)
                .contains("市工程技术研究中心");

        // the rest of the way to the expert argumentation, as the samples take it
        long id = ExpertSamples.atExpertArgumentation(security, applications, attachments, checklist,
                () -> applicationId);
        assertThat(id).isEqualTo(applicationId);
        Acting.as(security, "bureau", Role.BUREAU, () -> {
            UI.getCurrent().navigate("applications/" + id);
            find(com.vaadin.flow.component.tabs.TabSheet.class).withId("application-tabs").single()
                    .setSelectedIndex(3);
            test(find(Button.class).withId("action-skip-stage").single()).click();
            TextArea reason = find(TextArea.class).withId("skip-stage-reason").single();
            test(find(Button.class).withId("skip-stage-confirm").single()).click();
            assertThat(reason.isInvalid()).isTrue();
            reason.setValue("原工程中心运行良好，免于专家论证");
            test(find(Button.class).withId("skip-stage-confirm").single()).click();
            assertThat(applications.get(id).row().stage()).isEqualTo("PLAN_REVISION");
            find(com.vaadin.flow.component.tabs.TabSheet.class).withId("application-tabs").single()
                    .setSelectedIndex(3);
            assertThat(find(Button.class).withId("action-skip-stage").exists()).isFalse();
            return null;
        });
    }

    private long importForDemoUnit(String name) throws Exception {
        byte[] sheet = Sheets.xlsx(List.of(Sheets.HEADER,
                List.of("1", "忻州示范新材料有限公司", name, Sheets.demoUnitCode(), "140902", "2017", "")));
        Map<ImportField, Integer> guess = ColumnMapping.guess(Map.of(1, Sheets.HEADER.get(1), 2,
                Sheets.HEADER.get(2), 3, Sheets.HEADER.get(3), 4, Sheets.HEADER.get(4), 5, Sheets.HEADER.get(5)));
        var result = Acting.as(security, "bureau", Role.BUREAU, () -> imports.start("140900", "ENGINEERING_CENTER",
                sheet, new ColumnMapping(guess), p -> { })).result().get(60, TimeUnit.SECONDS);
        assertThat(result.problems()).isEmpty();
        return Acting.as(security, "bureau", Role.BUREAU, () -> registry.list(
                EngineeringCenterFilter.ALL.withText(name), org.springframework.data.domain.PageRequest.of(0, 1)))
                .getFirst().id();
    }

    private void awaitImport() throws Exception {
        find(EngineeringCenterImportDialog.class).single().lastImport().get(60, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip();
    }
}
