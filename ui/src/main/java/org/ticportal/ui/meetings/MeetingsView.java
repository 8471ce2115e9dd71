package org.ticportal.ui.meetings;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

import org.ticportal.core.common.BusinessException;
import org.ticportal.core.meeting.DecisionMeeting;
import org.ticportal.core.meeting.MeetingDraft;
import org.ticportal.core.meeting.MeetingFilter;
import org.ticportal.core.meeting.MeetingService;
import org.ticportal.core.meeting.MeetingSummary;
import org.ticportal.core.policy.Jurisdiction;
import org.ticportal.ui.base.DatePickers;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.ViewTitles;

/**
 * 党组会议: the decision body's meetings of the user's jurisdiction, paged, sorted and filtered in the database; 新建会议
 * plans one, a click opens its agenda.
 */
@Route("meetings")
@Menu(title = "nav.meetings", order = 17, icon = "vaadin:group")
@RolesAllowed({"ADMIN", "BUREAU"})
public class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    private final MeetingService meetings;
    private final Map<String, String> jurisdictionNames = new HashMap<>();

    MeetingsView(MeetingService meetings) {
        this.meetings = meetings;
        addClassName("meetings-view");
        setSizeFull();
        Locale locale = getLocale();
        List<Jurisdiction> managed = meetings.managedJurisdictions();
        managed.forEach(j -> jurisdictionNames.put(j.code(), j.name().get(locale)));

        FilterGrid<MeetingSummary, MeetingFilter> grid = new FilterGrid<>(MeetingFilter.ALL,
                (filter, page) -> meetings.list(filter, page).getContent(), meetings::count);
        grid.setId("meetings-grid");
        var title = grid.addColumn("meetings.title", MeetingSummary::title, "title").setFlexGrow(3);
        var date = grid.addColumn("meetings.date", m -> Formats.date(m.meetingDate(), locale), "meetingDate");
        grid.addColumn("meetings.jurisdiction", m -> jurisdictionNames.getOrDefault(m.jurisdictionCode(),
                m.jurisdictionCode()), "jurisdictionCode");
        var state = grid.addColumn("meetings.state", m -> getTranslation("meetings.state." + m.state().name()),
                "state");
        grid.addColumn("meetings.minutesNumber", m -> m.minutesNumber() == null ? "" : m.minutesNumber(),
                "minutesNumber");
        grid.textFilter(title, MeetingFilter::withText).setId("meetings-title-filter");
        grid.selectFilter(state, List.of(DecisionMeeting.State.values()),
                s -> getTranslation("meetings.state." + s.name()), MeetingFilter::withState)
                .setId("meetings-state-filter");
        grid.sort(List.of(new GridSortOrder<>(date, SortDirection.DESCENDING)));
        grid.addItemClickListener(e -> open(e.getItem().id()));

        Button create = new Button(getTranslation("meetings.new"), Icons.create(VaadinIcon.PLUS), e -> plan(managed));
        create.setId("meeting-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setEnabled(!managed.isEmpty());
        HorizontalLayout toolbar = new HorizontalLayout(create, grid.columnChooser(), grid.exportButton("nav.meetings"), grid.viewsButton("meetings"));
        toolbar.addClassName("view-toolbar");
        Paragraph help = new Paragraph(getTranslation("meetings.help"));
        help.addClassName("field-help");
        add(toolbar, help, grid);
        expand(grid);
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(MeetingView.class, new RouteParameters("id", Long.toString(id))));
    }

    /** The dialog that plans a meeting: jurisdiction (when the user manages several), title, date. */
    private void plan(List<Jurisdiction> managed) {
        Dialog dialog = new Dialog(getTranslation("meetings.new"));
        dialog.setId("meeting-dialog");
        Locale locale = getLocale();
        Select<Jurisdiction> jurisdiction = new Select<>();
        jurisdiction.setLabel(getTranslation("meetings.jurisdiction"));
        jurisdiction.setItems(managed);
        jurisdiction.setItemLabelGenerator(j -> j.name().get(locale));
        jurisdiction.setValue(managed.get(0));
        jurisdiction.setVisible(managed.size() > 1);
        TextField title = new TextField(getTranslation("meetings.title"));
        title.setId("meeting-title");
        title.setMaxLength(200);
        title.setWidthFull();
        title.setPlaceholder(getTranslation("meetings.title.placeholder"));
        DatePicker date = DatePickers.localized(new DatePicker(getTranslation("meetings.date")), locale,
                this::getTranslation);
        date.setId("meeting-date");
        Button save = new Button(getTranslation("action.save"), e -> {
            title.setInvalid(false);
            date.setInvalid(false);
            try {
                MeetingSummary m = meetings.create(new MeetingDraft(jurisdiction.getValue().code(), title.getValue(),
                        date.getValue()));
                dialog.close();
                open(m.id());
            } catch (BusinessException ex) {
                if ("title".equals(ex.getField())) {
                    title.setErrorMessage(Messages.describe(this, ex));
                    title.setInvalid(true);
                } else if ("meetingDate".equals(ex.getField())) {
                    date.setErrorMessage(Messages.describe(this, ex));
                    date.setInvalid(true);
                } else {
                    Messages.error(this, "error.message", Messages.describe(this, ex));
                }
            }
        });
        save.setId("meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(jurisdiction, title, date));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("520px");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.meetings");
    }
}
