package org.ticportal.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditFilter;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.applications.ApplicationView;
import org.ticportal.ui.base.FilterGrid;

/**
 * 审计记录 without a browser: the auditor filters the trail in the header row by user and record type and reads a
 * record's before and after values; the screen opens on one record's trail from query parameters, as an
 * administrator's 审计记录 button on an application's page opens it; bureau staff cannot open it.
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
            audit.recordAs(actor, AuditSubject.UNIT, "77", "CONFIRMED", "REGISTERED", "CONFIRMED", "核实营业执照");
            audit.recordAs(actor, AuditSubject.CENTER, "78", "CENTER_RENAMED", "忻州市甲技术创新中心",
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
                .filter(c -> c != null && c.getId().filter(id::equals).isPresent()).map(type::cast).findFirst()
                .orElseThrow();
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
                .containsSubsequence(actor, "单位", "77", "CONFIRMED", "REGISTERED", "CONFIRMED", "核实营业执照");

        test(grid()).clickRow(0);
        assertThat(find(Div.class).withId("audit-details-before").single().getText()).isEqualTo("REGISTERED");
        assertThat(find(Div.class).withId("audit-details-after").single().getText()).isEqualTo("CONFIRMED");
        assertThat(find(Div.class).withId("audit-details-comment").single().getText()).isEqualTo("核实营业执照");
        test(find(Button.class).withId("audit-details-close").single()).click();

        filter(TextField.class, "filter-action").setValue("CENTER");
        assertThat(test(grid()).size()).as("a unit's record has no such action").isZero();
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
            audit.record(AuditSubject.APPLICATION, Long.toString(id), "NOTE", "甲", "乙", null);
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
    @WithUserDetails("bureau")
    void bureauStaffCannotOpenTheAuditLog() {
        assertThatThrownBy(() -> navigate(AuditView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
    }
}
