package org.ticportal.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.ui.PortalDay;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.meeting.AgendaEntry;
import org.ticportal.core.meeting.MeetingFilter;
import org.ticportal.core.meeting.MeetingService;
import org.ticportal.core.meeting.MeetingSummary;
import org.ticportal.ui.MeetingSamples;
import org.ticportal.ui.ViewTestBase;

/**
 * 党组会议, as bureau staff use it: plan a meeting, put an application waiting for the Party group on its agenda, see a
 * deferral without a reason refused with that reason and nothing recorded, then record the meeting: the application
 * moves to its public notice. Counties do not get the screen.
 */
class MeetingViewsTest extends ViewTestBase {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ChecklistService checklist;
    @Autowired
    MeetingService meetings;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    @WithUserDetails("bureau")
    void theBureauPlansAMeetingAddsAnApplicationAndRecordsTheDecision() {
        long id = MeetingSamples.atPartyGroup(security, applications, attachments, checklist);
        String reference = applications.get(id).row().referenceNo();
        String title = "2026年第9次党组会议" + UUID.randomUUID().toString().substring(0, 4);

        navigate(MeetingsView.class);
        test(find(Button.class).withId("meeting-new").single()).click();
        test(find(TextField.class).withId("meeting-title").single()).setValue(title);
        find(DatePicker.class).withId("meeting-date").single().setValue(PortalDay.today());
        test(find(Button.class).withId("meeting-save").single()).click();
        assertThat(find(H2.class).single().getText()).isEqualTo(title);

        test(find(Button.class).withId("meeting-add-items").single()).click();
        @SuppressWarnings("unchecked")
        Grid<ApplicationRow> candidates = find(Grid.class).withId("meeting-candidates").single();
        ApplicationRow candidate = null;
        for (int i = 0; i < test(candidates).size(); i++) {
            if (test(candidates).getRow(i).referenceNo().equals(reference)) {
                candidate = test(candidates).getRow(i);
            }
        }
        assertThat(candidate).as("the application waiting for the Party group is offered").isNotNull();
        candidates.select(candidate);
        test(find(Button.class).withId("meeting-add-selected").single()).click();

        @SuppressWarnings("unchecked")
        Grid<AgendaEntry> agenda = find(Grid.class).withId("meeting-agenda").single();
        assertThat(test(agenda).size()).isEqualTo(1);
        AgendaEntry entry = test(agenda).getRow(0);
        assertThat(entry.application().id()).isEqualTo(id);
        assertThat(entry.options()).extracting(AgendaEntry.DecisionOption::code)
                .containsExactlyInAnyOrder("PASSED", "NOT_PASSED", "DEFERRED");

        // the minutes (uploaded as the screen's upload does), then a deferral without its reason: refused, listed
        MeetingSummary planned = meetings.list(MeetingFilter.ALL.withText(title),
                org.springframework.data.domain.PageRequest.of(0, 1)).getContent().get(0);
        meetings.attachMinutes(planned.id(), planned.version(), "纪要.pdf",
                new ByteArrayInputStream("%PDF-1.7 minutes".getBytes()));
        com.vaadin.flow.component.UI.getCurrent().navigate("meetings/" + planned.id());
        @SuppressWarnings("unchecked")
        Grid<AgendaEntry> shown = find(Grid.class).withId("meeting-agenda").single();
        @SuppressWarnings("unchecked")
        Select<AgendaEntry.DecisionOption> decision = (Select<AgendaEntry.DecisionOption>) test(shown)
                .getCellComponent(0, "decision");
        decision.setValue(entry.options().stream().filter(o -> o.code().equals("DEFERRED")).findFirst()
                .orElseThrow());
        test(find(TextField.class).withId("meeting-minutes-number").single()).setValue("党纪〔2026〕9号");
        test(find(Button.class).withId("meeting-record").single()).click();
        Div errors = find(Div.class).withId("meeting-errors").single();
        assertThat(errors.getElement().getTextRecursively()).contains(reference).contains("第九条");
        assertThat(applications.get(id).row().stage()).isEqualTo("PARTY_GROUP_REVIEW");

        // passed: recorded, and the application's public notice starts
        decision.setValue(entry.options().stream().filter(o -> o.code().equals("PASSED")).findFirst().orElseThrow());
        test(find(Button.class).withId("meeting-record").single()).click();
        assertThat(find(Paragraph.class).withId("meeting-facts").single().getText()).contains("党纪〔2026〕9号");
        assertThat(applications.get(id).row().stage()).isEqualTo("PUBLIC_NOTICE");
        assertThat(find(Button.class).withId("meeting-record").all()).isEmpty();
    }

    @Test
    @WithUserDetails("county")
    void countiesCannotOpenTheMeetings() {
        com.vaadin.flow.component.UI.getCurrent().navigate("meetings");
        assertThat(getCurrentView()).isInstanceOf(org.ticportal.ui.base.NotFoundView.class);
        assertThat(find(Grid.class).withId("meetings-grid").exists()).isFalse();
    }
}
