package org.ticportal.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.applications.ApplicationView;
import org.ticportal.ui.applications.ApplicationsView;

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

    @Test
    @WithUserDetails("applicant")
    void anApplicantSeesTheCallsOpenNowWithTheirCloseTimeAndALinkThatOpensANewApplicationInTheCall() {
        navigate(HomeView.class);
        Div calls = find(Div.class).withId("home-calls").single();
        String text = calls.getElement().getTextRecursively();
        assertThat(text).contains("演示批次").contains("截止时间：").containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
        RouterLink link = find(RouterLink.class).all().stream().filter(l -> l.getId().orElse("")
                .startsWith("home-call-")).findFirst().orElseThrow();
        assertThat(link.getText()).isEqualTo("在此批次新建申报");
        String callId = link.getId().orElseThrow().substring("home-call-".length());
        assertThat(link.getQueryParameters().orElseThrow().getParameters()).containsEntry("call", java.util.List.of(callId))
                .containsKey("newIn");

        // following it opens the new application's dialog on that call
        com.vaadin.flow.component.UI.getCurrent().navigate(ApplicationsView.class,
                link.getQueryParameters().orElseThrow());
        RadioButtonGroup<?> where = find(RadioButtonGroup.class).withId("application-call").single();
        assertThat(where.getValue()).isEqualTo(Long.valueOf(callId));

        // and the application filed there shows the call it belongs to
        test(find(Button.class).withId("application-create").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ApplicationView.class);
        assertThat(find(Div.class).withId("application-call-fact").single().getElement().getTextRecursively())
                .contains("申报批次").contains("演示批次");
    }
}
