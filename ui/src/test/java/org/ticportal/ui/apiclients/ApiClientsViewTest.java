package org.ticportal.ui.apiclients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.apiclient.ApiClientRow;
import org.ticportal.core.apiclient.ApiClientService;
import org.ticportal.core.registration.RegistrationChoices;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.base.NotFoundView;

/**
 * 开放接口: an administrator creates a client of 忻府区 in 忻州市 and sees its token once, in a dialog; the token
 * authenticates the client; the list shows the new client, active, with its scope; revoking it asks first, and its
 * token is refused afterwards. Other roles cannot open the screen.
 */
class ApiClientsViewTest extends ViewTestBase {

    @Autowired
    ApiClientService clients;

    @SuppressWarnings("unchecked")
    private List<ApiClientRow> rows() {
        Grid<ApiClientRow> grid = find(Grid.class).withId("api-clients-grid").single();
        return grid.getDataProvider().fetch(new Query<>()).toList();
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void anAdministratorCreatesAClientSeesItsTokenOnceAndRevokesIt() {
        navigate(ApiClientsView.class);
        String name = "省科技厅平台-" + System.nanoTime() % 100000;

        test(find(Button.class).withId("api-client-new").single()).click();
        test(find(Button.class).withId("api-client-create").single()).click();
        assertThat(find(TextField.class).withId("api-client-name").single().isInvalid()).isTrue();
        test(find(TextField.class).withId("api-client-name").single()).setValue(name);
        Select<RegistrationChoices.JurisdictionChoice> jurisdiction = find(Select.class)
                .withId("api-client-jurisdiction").single();
        jurisdiction.setValue(jurisdiction.getListDataView().getItems().filter(j -> j.code().equals("140900"))
                .findFirst().orElseThrow());
        Select<RegistrationChoices.Option> division = find(Select.class).withId("api-client-division").single();
        division.setValue(division.getListDataView().getItems().filter(d -> d.code().equals("140902")).findFirst()
                .orElseThrow());
        test(find(Button.class).withId("api-client-create").single()).click();

        String token = find(TextField.class).withId("api-client-token").single().getValue();
        assertThat(token).startsWith("ticp_");
        assertThat(clients.authenticate(token)).hasValueSatisfying(p -> {
            assertThat(p.jurisdictionCode()).isEqualTo("140900");
            assertThat(p.divisionCode()).isEqualTo("140902");
        });
        test(find(Button.class).withId("api-client-token-close").single()).click();
        assertThat(find(TextField.class).withId("api-client-token").exists()).isFalse();

        ApiClientRow row = rows().getFirst();
        assertThat(row.name()).isEqualTo(name);
        Grid<?> grid = find(Grid.class).withId("api-clients-grid").single();
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("忻州市 · 忻府区（140902）");
        // the token's check above was its first use, recorded to the minute
        assertThat(test(grid).getCellText(0, 4)).contains("年").doesNotContain("从未调用");

        Button revoke = (Button) test(grid).getCellComponent(0, "apiClients.actions").getChildren().findFirst()
                .orElseThrow();
        assertThat(revoke.getId()).hasValue("api-client-revoke-" + row.id());
        test(revoke).click();
        test(find(ConfirmDialog.class).withId("api-client-revoke-confirm").single()).confirm();
        assertThat(rows().getFirst().revoked()).isTrue();
        assertThat(test(grid).getCellComponent(0, "apiClients.actions").getChildren().toList()).isEmpty();
        assertThat(((com.vaadin.flow.component.html.Span) test(grid).getCellComponent(0, "apiClients.status"))
                .getText()).isEqualTo("已吊销");
        assertThat(clients.authenticate(token)).isEmpty();
    }

    @Test
    @WithUserDetails("bureau")
    void bureauStaffCannotOpenTheApiClients() {
        UI.getCurrent().navigate("admin/api-clients");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(Grid.class).withId("api-clients-grid").exists()).isFalse();
    }
}
