package org.ticportal.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.ui.ViewTestBase;

/** The landing page shows each role its scope and the policy in force. */
class HomeViewTest extends ViewTestBase {

    @Test
    @WithUserDetails("county")
    void aCountyReviewerSeesTheCountyTheAccountIsScopedTo() {
        navigate(HomeView.class);
        assertThat(find(Div.class).withId("home-scope").single().getText()).contains("忻府区");
        assertThat(find(Div.class).withId("home-policy").single().getElement().getTextRecursively())
                .contains("忻州市技术创新中心认定管理办法(试行)").contains("试行")
                .contains("山西省技术创新中心管理办法（试行）").contains("晋科发〔2020〕64号");
    }

    @Test
    @WithUserDetails("applicant")
    void anApplicantSeesTheirUnitAndItsCreditCode() {
        navigate(HomeView.class);
        assertThat(find(Div.class).withId("home-scope").single().getText())
                .contains("忻州示范新材料有限公司").contains("91140902MA0DEMX01");
    }
}
