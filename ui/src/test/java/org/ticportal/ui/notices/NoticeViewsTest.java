package org.ticportal.ui.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.notice.IdNumbers;
import org.ticportal.core.notice.NoticeLine;
import org.ticportal.core.notice.Objection;
import org.ticportal.core.notice.ObjectionService;
import org.ticportal.core.notice.ObjectionView;
import org.ticportal.core.registration.Challenge;
import org.ticportal.ui.MeetingSamples;
import org.ticportal.ui.ViewTestBase;

/**
 * 公示管理 and the public notice page, as their users use them: the bureau builds a notice from an application the
 * Party group passed and publishes it; on the public page a person with a wrong ID number is refused at the field, then
 * files the objection; the bureau sees it with the objector's data, receives it (the application enters 异议处理) and
 * upholds it with reasons. Counties do not get the screen.
 */
class NoticeViewsTest extends ViewTestBase {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ChecklistService checklist;
    @Autowired
    ObjectionService objections;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    @WithUserDetails("bureau")
    @SuppressWarnings("unchecked")
    void theBureauPublishesANoticeAPersonObjectsAndTheBureauUpholdsIt() {
        long id = MeetingSamples.atNotice(security, applications, attachments, checklist);
        String reference = applications.get(id).row().referenceNo();
        String title = "2026年第一批认定公示" + UUID.randomUUID().toString().substring(0, 4);

        navigate(NoticesView.class);
        test(find(Button.class).withId("notice-new").single()).click();
        test(find(TextField.class).withId("notice-title").single()).setValue(title);
        test(find(TextField.class).withId("notice-contactPhone").single()).setValue("0350-3021234");
        test(find(TextField.class).withId("notice-contactAddress").single()).setValue("忻州市科学技术局");
        Grid<ApplicationRow> candidates = find(Grid.class).withId("notice-candidates").single();
        ApplicationRow candidate = null;
        for (int i = 0; i < test(candidates).size(); i++) {
            if (test(candidates).getRow(i).referenceNo().equals(reference)) {
                candidate = test(candidates).getRow(i);
            }
        }
        assertThat(candidate).as("the application in its notice is offered").isNotNull();
        candidates.select(candidate);
        test(find(Button.class).withId("notice-save").single()).click();
        assertThat(find(H2.class).withId("notice-heading").single().getText()).isEqualTo(title);
        test(find(Button.class).withId("notice-publish").single()).click();
        assertThat(find(Paragraph.class).withId("notice-facts").single().getText()).contains("公示中")
                .contains("公示期：");
        long noticeId = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getSegments().get(1));

        // the public page: the center with its proposed name; a wrong ID number is refused at its field
        UI.getCurrent().navigate("public/notices/" + noticeId);
        Grid<NoticeLine> entries = find(Grid.class).withId("public-notice-entries").single();
        assertThat(test(entries).getRow(0).centerName()).startsWith("忻州市").endsWith("技术创新中心");
        Select<NoticeLine> entry = find(Select.class).withId("objection-entry").single();
        entry.setValue(test(entries).getRow(0));
        RadioButtonGroup<Objection.Kind> kind = find(RadioButtonGroup.class).withId("objection-kind").single();
        kind.setValue(Objection.Kind.PERSON);
        test(find(TextField.class).withId("objection-name").single()).setValue("李四");
        test(find(TextField.class).withId("objection-idNumber").single()).setValue("140902198801011234");
        test(find(TextField.class).withId("objection-contact").single()).setValue("13900000000");
        test(find(TextArea.class).withId("objection-content").single()).setValue("该中心研发人员数量与申报不符");
        answer();
        test(find(Button.class).withId("objection-submit").single()).click();
        TextField idNumber = find(TextField.class).withId("objection-idNumber").single();
        assertThat(idNumber.isInvalid()).isTrue();
        assertThat(idNumber.getErrorMessage()).contains("身份证号码不正确");
        test(idNumber).setValue("140902198801011233".substring(0, 17) + IdNumbers.check("14090219880101123"));
        answer();
        test(find(Button.class).withId("objection-submit").single()).click();
        assertThat(find(Paragraph.class).withId("objection-done").single().getText()).contains("已提交");

        // the bureau sees who objected, receives the objection, and upholds it with its reasons and a reply
        UI.getCurrent().navigate("notices/" + noticeId);
        Grid<ObjectionView> shown = find(Grid.class).withId("notice-objections").single();
        ObjectionView filed = test(shown).getRow(0);
        assertThat(filed.objector()).isEqualTo("李四");
        assertThat(filed.personalShown()).isTrue();
        test(button(shown, "objection-receive-" + filed.id())).click();
        assertThat(applications.get(id).row().stage()).as(() -> find(Notification.class).all().stream()
                .map(n -> n.getElement().getProperty("text")).toList().toString()).isEqualTo("OBJECTION_HANDLING");
        ObjectionView received = objections.list(noticeId).get(0);
        assertThat(received.state()).isEqualTo(Objection.State.RECEIVED);
        Grid<ObjectionView> after = find(Grid.class).withId("notice-objections").single();
        assertThat(button(after, "objection-decide-" + filed.id())).isNotNull();
        objections.decide(received.id(), received.version(), true, "经核查异议属实",
                "答复.pdf", new java.io.ByteArrayInputStream("%PDF-1.4 reply".getBytes()));
        assertThat(applications.get(id).row().stage()).isEqualTo("REJECTED");
    }

    @Test
    @WithUserDetails("county")
    void countiesCannotOpenTheNotices() {
        UI.getCurrent().navigate("notices");
        assertThat(getCurrentView()).isInstanceOf(org.ticportal.ui.base.NotFoundView.class);
        assertThat(find(Grid.class).withId("notices-grid").exists()).isFalse();
    }

    /** The button with this id in the objection's row (the grid's actions column). */
    private Button button(Grid<ObjectionView> grid, String id) {
        return test(grid).getCellComponent(0, "actions").getChildren().filter(Button.class::isInstance)
                .map(Button.class::cast).filter(b -> id.equals(b.getId().orElse(null))).findFirst().orElseThrow();
    }

    /** Answers the question the page keeps in the session, as a visitor computes it. */
    private void answer() {
        Challenge c = (Challenge) VaadinSession.getCurrent().getAttribute(PublicNoticeView.CHALLENGE);
        test(find(TextField.class).withId("objection-answer").single()).setValue(Integer.toString(c.left() + c.right()));
    }
}
