package org.ticportal.ui.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.ui.ViewTestBase;

/**
 * An address that is no screen, and a screen the user may not open, both show the same page in the portal's frame —
 * in Chinese, with a way home — and do not tell which of the two it was. An unexpected failure shows a number to
 * quote, never the exception.
 */
class ErrorViewsTest extends ViewTestBase {

    private void open(String location) {
        UI.getCurrent().navigate(location);
    }

    private void assertNotFoundPageFor(String path) {
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(H2.class).withId("error-title").single().getText()).isEqualTo("页面不存在或无权访问");
        assertThat(find(Paragraph.class).withId("error-text").single().getText())
                .isEqualTo("您要打开的页面 " + path + " 不存在，或您的账号无权查看。请从左侧菜单进入需要的功能。")
                .doesNotContain("Could not navigate");
        assertThat(find(Anchor.class).withId("error-home").single().getText()).isEqualTo("返回首页");
        assertThat(UI.getCurrent().getChildren().findFirst()).get().isInstanceOf(MainLayout.class);
    }

    @Test
    @WithUserDetails("applicant")
    void anUnknownAddressShowsTheLocalizedNotFoundPage() {
        open("no/such/page");
        assertNotFoundPageFor("/no/such/page");
    }

    @Test
    @WithUserDetails("bureau")
    void aScreenTheUserMayNotOpenShowsTheSamePage() {
        open("admin/users");
        assertNotFoundPageFor("/admin/users");
    }

    @Test
    @WithUserDetails("bureau")
    void theEnglishPageReadsInEnglish() {
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        open("no/such/page");
        assertThat(find(H2.class).withId("error-title").single().getText())
                .isEqualTo("Page not found or not permitted");
    }

    @Test
    @WithUserDetails("bureau")
    void anUnexpectedFailureShowsAnIncidentNumberAndNothingOfTheException() {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("applications/7"));
        ErrorView view = new ErrorView();
        int status = view.setErrorParameter(event, new ErrorParameter<>(Exception.class,
                new IllegalStateException("secret detail")));
        assertThat(status).isEqualTo(500);
        String text = view.getChildren().filter(Paragraph.class::isInstance).map(c -> ((Paragraph) c).getText())
                .findFirst().orElseThrow();
        assertThat(text).matches("打开该页面时系统遇到意外错误，已记录（编号 [0-9a-f]{8}）。.*")
                .doesNotContain("secret detail");
        assertThat(view.getPageTitle()).startsWith("系统出错");
    }
}
