package org.ticportal.ui.meetings;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import org.ticportal.core.application.ApplicationFilter;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.core.meeting.MeetingAgendaService;
import org.ticportal.core.meeting.MeetingRefusedException;
import org.ticportal.core.meeting.MeetingSummary;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Messages;

/**
 * 添加议题: the applications of the meeting's jurisdiction waiting for the decision body, paged and filtered in the
 * database; the ticked ones go on the agenda together, or none when one is refused (each refusal listed).
 */
class CandidatesDialog extends Dialog {

    CandidatesDialog(MeetingAgendaService agendas, MeetingSummary meeting, Runnable added) {
        super(meeting.title());
        setId("meeting-candidates-dialog");
        Locale locale = getLocale();
        FilterGrid<ApplicationRow, ApplicationFilter> grid = new FilterGrid<>(ApplicationFilter.ALL,
                (filter, page) -> agendas.candidates(meeting.id(), filter, page).getContent(),
                filter -> agendas.countCandidates(meeting.id(), filter));
        grid.setId("meeting-candidates");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        var reference = grid.addColumn("meeting.reference", ApplicationRow::referenceNo, "referenceNo");
        grid.addColumn("meeting.center", r -> r.fullName() == null ? "" : r.fullName(), "fullName").setFlexGrow(3);
        grid.addColumn("meeting.unit", ApplicationRow::unitName, "unit.name").setFlexGrow(2);
        grid.addColumn("meeting.waitingSince", r -> Formats.date(r.updatedAt(), locale), "updatedAt");
        grid.textFilter(reference, ApplicationFilter::withText).setId("meeting-candidates-filter");
        grid.setHeight("420px");
        Div errors = new Div();
        errors.setId("meeting-candidates-errors");
        errors.addClassName("field-error");
        Button add = new Button(getTranslation("meeting.addSelected"), e -> {
            errors.removeAll();
            List<Long> ids = grid.getSelectedItems().stream().map(ApplicationRow::id).toList();
            if (ids.isEmpty()) {
                errors.add(new Paragraph(getTranslation("meeting.noneSelected")));
                return;
            }
            try {
                agendas.add(meeting.id(), meeting.version(), ids);
                close();
                added.run();
            } catch (MeetingRefusedException ex) {
                UnorderedList list = new UnorderedList();
                ex.getRefusals().forEach(r -> list.add(new ListItem(r.referenceNo() + "："
                        + Messages.describe(this, r.cause()))));
                errors.add(new Paragraph(Messages.describe(this, ex)), list);
            } catch (RuntimeException ex) {
                errors.add(new Paragraph(Messages.describe(this, ex)));
            }
        });
        add.setId("meeting-add-selected");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("meeting.candidates.help")), grid, errors);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), add);
        setWidth("960px");
    }

}
