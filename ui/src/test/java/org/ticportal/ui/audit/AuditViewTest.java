package org.ticportal.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditFilter;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.gridview.SavedView;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.applications.ApplicationView;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.NotFoundView;

/**
 * 审计记录 without a browser: the auditor filters the trail in the header row by user, record type and action (picked
 * by its label) and reads a record's action and before and after values in words; a user's access change compared
 * field by field, and the record's whole trail opened from the details (此记录的全部审计记录: how an auditor follows a
 * record, whose business screen stays closed to them); the auditor's saved view of the trail restoring the action and
 * the period; the screen opens on one record's trail from query parameters, as an administrator's 审计记录 button on an
 * application's page opens it; bureau staff cannot open it.
 */
class AuditViewTest extends ViewTestBase {

    @Autowired
    AuditService audit;
    @Autowired
    ApplicationService applications;
    @Autowired
    SecurityContextHolderStrategy security;

    /** Two changes by a user of its own, recorded as an administrator would: a unit confirmed, a center renamed. */
    private String twoChanges() {
        String actor = "v-" + UUID.randomUUID().toString().substring(0, 8);
        Acting.as(security, "admin", Role.ADMIN, () -> {
            audit.recordAs(actor, AuditSubject.UNIT, "77", AuditAction.CONFIRMED, "REGISTERED", "CONFIRMED", "核实营业执照");
            audit.recordAs(actor, AuditSubject.CENTER, "78", AuditAction.CENTER_RENAMED, "忻州市甲技术创新中心",
                    "忻州市乙技术创新中心", "变更申请批准");
            return null;
        });
        return actor;
    }

    @SuppressWarnings("unchecked")
    private FilterGrid<AuditEvent, AuditFilter> grid() {
        return find(FilterGrid.class).withId("audit-grid").single();
    }

    /** A filter field of the grid's header row (not in the view's component tree). */
    private <C extends Component> C filter(Class<C> type, String id) {
        return grid().getHeaderRows().stream().flatMap(r -> r.getCells().stream()).map(c -> c.getComponent())
                .filter(c -> c != null).flatMap(AuditViewTest::withChildren)
                .filter(c -> c.getId().filter(id::equals).isPresent()).map(type::cast).findFirst()
                .orElseThrow();
    }

    private static Stream<Component> withChildren(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(AuditViewTest::withChildren));
    }

    @Test
    @WithUserDetails("auditor")
    void theAuditorFiltersByUserAndRecordTypeAndReadsBeforeAndAfter() {
        String actor = twoChanges();
        navigate(AuditView.class);

        filter(TextField.class, "filter-user").setValue(actor);
        assertThat(test(grid()).size()).isEqualTo(2);
        assertThat(test(grid()).getCellText(0, 2)).as("newest first, its type in words").isEqualTo("技术创新中心");

        @SuppressWarnings("unchecked")
        Select<AuditSubject> type = filter(Select.class, "filter-subject");
        type.setValue(AuditSubject.UNIT);
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(IntStream.range(0, 8).mapToObj(c -> test(grid()).getCellText(0, c)).toList())
                .as("action and states in words").containsExactly(test(grid()).getCellText(0, 0), actor, "单位", "77",
                        "确认", "已注册", "已确认", "核实营业执照");

        test(grid()).clickRow(0);
        assertThat(find(Div.class).withId("audit-details-action").single().getText()).isEqualTo("确认");
        assertThat(find(Div.class).withId("audit-details-before").single().getText()).isEqualTo("已注册");
        assertThat(find(Div.class).withId("audit-details-after").single().getText()).isEqualTo("已确认");
        assertThat(find(Div.class).withId("audit-details-comment").single().getText()).isEqualTo("核实营业执照");
        test(find(Button.class).withId("audit-details-close").single()).click();

        @SuppressWarnings("unchecked")
        ComboBox<AuditAction> action = filter(ComboBox.class, "filter-action");
        assertThat(action.getItemLabelGenerator().apply(AuditAction.CENTER_RENAMED)).isEqualTo("中心更名");
        action.setValue(AuditAction.CENTER_RENAMED);
        assertThat(test(grid()).size()).as("a unit's record has no such action").isZero();
        action.setValue(AuditAction.CONFIRMED);
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(find(Button.class).withId("audit-grid-export").exists()).isTrue();
    }

    @Test
    @WithUserDetails("auditor")
    void queryParametersOpenOneRecordsTrail() {
        String actor = twoChanges();
        UI.getCurrent().navigate(AuditView.class, QueryParameters.simple(Map.of(AuditView.SUBJECT, "CENTER",
                AuditView.ID, "78", AuditView.USER, actor)));

        assertThat(filter(TextField.class, "filter-subject-id").getValue()).isEqualTo("78");
        assertThat(filter(Select.class, "filter-subject").getValue()).isEqualTo(AuditSubject.CENTER);
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).getToState()).isEqualTo("忻州市乙技术创新中心");
    }

    @Test
    @WithUserDetails("admin")
    void anApplicationsAuditButtonOpensItsTrail() {
        long id = Acting.as(security, "applicant", Role.APPLICANT, () -> applications.create("140900")).row().id();
        Acting.as(security, "admin", Role.ADMIN, () -> {
            audit.record(AuditSubject.APPLICATION, Long.toString(id), AuditAction.FORM_VERSION_CHANGED, "v1", "v2",
                    null);
            return null;
        });
        UI.getCurrent().navigate("applications/" + id);
        assertThat(getCurrentView()).isInstanceOf(ApplicationView.class);

        test(find(Button.class).withId("audit-record").single()).click();

        assertThat(getCurrentView()).isInstanceOf(AuditView.class);
        assertThat(test(grid()).size()).isPositive();
        IntStream.range(0, test(grid()).size()).forEach(r -> {
            assertThat(test(grid()).getRow(r).getSubjectType()).isEqualTo("APPLICATION");
            assertThat(test(grid()).getRow(r).getSubjectId()).isEqualTo(Long.toString(id));
        });
    }

    @Test
    @WithUserDetails("auditor")
    void theDetailsCompareAUsersAccessFieldByFieldAndOpenTheRecordsWholeTrail() {
        String actor = "v-" + UUID.randomUUID().toString().substring(0, 8);
        String userId = "u-" + actor;
        Acting.as(security, "admin", Role.ADMIN, () -> {
            audit.recordAs(actor, AuditSubject.USER, userId, AuditAction.CREATED, null, "EXPERT", "周审计员");
            audit.recordAs(actor, AuditSubject.USER, userId, AuditAction.ACCESS_CHANGED, "EXPERT",
                    "COUNTY body=140921", "周审计员");
            audit.recordAs(actor, AuditSubject.UNIT, "77", AuditAction.USER_INVITED, null, "x", null);
            return null;
        });
        navigate(AuditView.class);
        filter(TextField.class, "filter-user").setValue(actor);
        filter(TextField.class, "filter-subject-id").setValue(userId);
        assertThat(test(grid()).size()).isEqualTo(2);

        test(grid()).clickRow(0);
        assertThat(find(Div.class).withId("audit-details-action").single().getText()).isEqualTo("变更权限");
        assertThat(find(Div.class).withId("audit-details-before").single().getText()).isEqualTo("评审专家");
        @SuppressWarnings("unchecked")
        Grid<AuditChanges.Change> changes = find(Grid.class).withId("audit-details-changes").single();
        assertThat(test(changes).size()).isEqualTo(2);
        assertThat(IntStream.range(0, 4).mapToObj(c -> test(changes).getCellText(0, c)).toList())
                .containsExactly("第 1 项", "评审专家", "推荐单位审核人员", "已变更");
        assertThat(IntStream.range(0, 4).mapToObj(c -> test(changes).getCellText(1, c)).toList())
                .containsExactly("body", "（无）", "140921", "已变更");

        test(find(Button.class).withId("audit-details-history").single()).click();
        @SuppressWarnings("unchecked")
        Grid<AuditEvent> history = find(Grid.class).withId("audit-history-grid").single();
        assertThat(test(history).size()).as("the user's two events, not the unit's").isEqualTo(2);
        assertThat(test(history).getCellText(0, 2)).isEqualTo("变更权限");
        assertThat(test(history).getCellText(1, 2)).isEqualTo("创建");
        assertThat(find(Button.class).withText("编辑").exists()).as("nothing to change").isFalse();
    }

    @Test
    @WithUserDetails("auditor")
    void theAuditorKeepsViewsOfTheTrailWithTheActionAndThePeriod() {
        String actor = twoChanges();
        navigate(AuditView.class);
        Button views = find(Button.class).withId("audit-grid-views").single();
        assertThat(views.isVisible()).as("auditors keep views of the audit screen").isTrue();
        filter(TextField.class, "filter-user").setValue(actor);
        @SuppressWarnings("unchecked")
        ComboBox<AuditAction> action = filter(ComboBox.class, "filter-action");
        action.setValue(AuditAction.CENTER_RENAMED);
        LocalDate today = LocalDate.now();
        filter(DatePicker.class, "filter-from").setValue(today.minusDays(1));
        filter(DatePicker.class, "filter-to").setValue(today.plusDays(1));
        grid().getColumnByKey("audit.comment").setVisible(false);
        assertThat(test(grid()).size()).isEqualTo(1);

        test(views).click();
        String name = "审计视图 " + actor;
        find(TextField.class).withId("views-name").single().setValue(name);
        test(find(Button.class).withId("views-save").single()).click();
        test(find(Button.class).withId("views-close").single()).click();

        filter(TextField.class, "filter-user").clear();
        action.clear();
        filter(DatePicker.class, "filter-from").clear();
        filter(DatePicker.class, "filter-to").clear();
        grid().getColumnByKey("audit.comment").setVisible(true);
        assertThat(test(grid()).size()).isGreaterThan(1);

        test(views).click();
        @SuppressWarnings("unchecked")
        Grid<SavedView> list = find(Grid.class).withId("views-list").single();
        int row = IntStream.range(0, test(list).size()).filter(r -> test(list).getRow(r).name().equals(name))
                .findFirst().orElseThrow();
        test(list).select(row);
        test(find(Button.class).withId("views-open").single()).click();

        assertThat(filter(TextField.class, "filter-user").getValue()).isEqualTo(actor);
        assertThat(action.getValue()).isEqualTo(AuditAction.CENTER_RENAMED);
        assertThat(filter(DatePicker.class, "filter-from").getValue()).isEqualTo(today.minusDays(1));
        assertThat(filter(DatePicker.class, "filter-to").getValue()).isEqualTo(today.plusDays(1));
        assertThat(grid().getColumnByKey("audit.comment").isVisible()).isFalse();
        assertThat(test(grid()).size()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("auditor")
    void theAuditorOpensNoRecordsBusinessScreen() {
        for (String address : List.of("applications/1", "centers/1", "units", "admin/users", "applications")) {
            navigate(AuditView.class);
            UI.getCurrent().navigate(address);
            assertThat(getCurrentView()).as(address).isInstanceOf(NotFoundView.class);
        }
    }

    @Test
    @WithUserDetails("bureau")
    void bureauStaffCannotOpenTheAuditLog() {
        assertThatThrownBy(() -> navigate(AuditView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
    }
}
