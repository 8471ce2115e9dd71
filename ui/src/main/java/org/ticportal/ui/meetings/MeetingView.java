package org.ticportal.ui.meetings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.ticportal.core.application.WorkflowRefusedException;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.CjkFont;
import org.ticportal.core.meeting.AgendaEntry;
import org.ticportal.core.meeting.MeetingAgendaService;
import org.ticportal.core.meeting.MeetingDecisionService;
import org.ticportal.core.meeting.MeetingRecord;
import org.ticportal.core.meeting.MeetingRefusedException;
import org.ticportal.core.meeting.MeetingService;
import org.ticportal.core.meeting.MeetingSummary;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.ui.applications.ApplicationView;
import org.ticportal.ui.base.DatePickers;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.HistoryGrid;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.Uploads;
import org.ticportal.ui.base.ViewTitles;

/**
 * One decision meeting: its agenda (添加议题 from the applications waiting for the decision body, 移出 while planned),
 * the agenda as a PDF to print, and once the meeting is held the record of it: the day, the minutes number, the minutes
 * file and a decision per application, taken together (all or nothing, every refusal listed with its reason). Its
 * history below.
 */
@Route("meetings/:id")
@RolesAllowed({"ADMIN", "BUREAU"})
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final MeetingAgendaService agendas;
    private final MeetingDecisionService recording;
    private final PolicyService policies;
    private final @Nullable String configuredFont;
    private final Map<Long, Select<AgendaEntry.DecisionOption>> decisions = new HashMap<>();
    private final Map<Long, TextField> comments = new HashMap<>();
    private long id;
    private MeetingSummary meeting;

    MeetingView(MeetingService meetings, MeetingAgendaService agendas, MeetingDecisionService recording,
                PolicyService policies, @Value("${ticportal.pdf.font:}") @Nullable String configuredFont) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.recording = recording;
        this.policies = policies;
        this.configuredFont = configuredFont;
        addClassName("meeting-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show();
        } catch (NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show() {
        removeAll();
        decisions.clear();
        comments.clear();
        Locale locale = getLocale();
        try {
            meeting = meetings.get(id);
        } catch (RuntimeException e) {
            add(new Paragraph(Messages.describe(this, e)));
            return;
        }
        add(new H2(meeting.title()));
        Paragraph facts = new Paragraph(getTranslation(meeting.isPlanned() ? "meeting.facts.planned"
                : "meeting.facts.recorded", Formats.date(meeting.meetingDate(), locale),
                meeting.minutesNumber() == null ? "" : meeting.minutesNumber()));
        facts.setId("meeting-facts");
        add(facts, new RouterLink(getTranslation("meeting.back"), MeetingsView.class));

        List<AgendaEntry> agenda = agendas.agenda(id);
        add(new H3(getTranslation("meeting.agenda", agenda.size())));
        HorizontalLayout tools = new HorizontalLayout();
        tools.addClassName("view-toolbar");
        if (meeting.isPlanned()) {
            Button addItems = new Button(getTranslation("meeting.addItems"), Icons.create(VaadinIcon.PLUS),
                    e -> new CandidatesDialog(agendas, meeting, this::show).open());
            addItems.setId("meeting-add-items");
            tools.add(addItems);
        }
        Anchor print = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = agendas.agendaPdf(id, policies.recommendingBodyNames(Locale.SIMPLIFIED_CHINESE),
                    CjkFont.find(configuredFont));
            return new DownloadResponse(new ByteArrayInputStream(pdf), "agenda-" + id + ".pdf", "application/pdf",
                    pdf.length);
        }), getTranslation("meeting.print"));
        print.setId("meeting-print");
        print.setTarget("_blank");
        tools.add(print);
        add(tools);
        add(agendaGrid(agenda, locale));
        if (meeting.isPlanned()) {
            add(recordSection(agenda, locale));
        } else if (meeting.minutesName() != null) {
            add(minutesLink());
        }
        add(new H3(getTranslation("meeting.history")));
        HistoryGrid history = new HistoryGrid(Long.toString(id), (s, page) -> meetings.history(id, page).getContent(),
                s -> meetings.history(id, org.springframework.data.domain.PageRequest.of(0, 1)).getTotalElements());
        history.setId("meeting-history");
        history.setHeight("280px");
        add(history);
    }

    private Grid<AgendaEntry> agendaGrid(List<AgendaEntry> agenda, Locale locale) {
        Map<String, String> bodies = policies.recommendingBodyNames(locale);
        Grid<AgendaEntry> grid = new Grid<>();
        grid.setId("meeting-agenda");
        grid.addColumn(AgendaEntry::number).setHeader(getTranslation("meeting.number")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(e -> new RouterLink(e.application().referenceNo(), ApplicationView.class,
                new RouteParameters("id", Long.toString(e.application().id()))))
                .setHeader(getTranslation("meeting.reference")).setAutoWidth(true);
        grid.addColumn(e -> e.application().fullName() == null ? "" : e.application().fullName())
                .setHeader(getTranslation("meeting.center")).setFlexGrow(3);
        grid.addColumn(e -> e.application().unitName()).setHeader(getTranslation("meeting.unit")).setFlexGrow(2);
        grid.addColumn(e -> bodies.getOrDefault(e.application().recommendingBodyCode(),
                e.application().recommendingBodyCode())).setHeader(getTranslation("meeting.body")).setAutoWidth(true);
        if (meeting.isPlanned()) {
            grid.addComponentColumn(this::decisionCell).setHeader(getTranslation("meeting.decision"))
                    .setKey("decision").setWidth("220px").setFlexGrow(0);
            grid.addComponentColumn(this::commentCell).setHeader(getTranslation("meeting.comment")).setKey("comment")
                    .setFlexGrow(2);
            grid.addComponentColumn(e -> {
                Button remove = new Button(getTranslation("meeting.remove"), ev -> remove(e));
                remove.setId("meeting-remove-" + e.itemId());
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        } else {
            grid.addColumn(e -> e.decision() == null ? "" : e.decision().get(locale))
                    .setHeader(getTranslation("meeting.decision")).setAutoWidth(true);
            grid.addColumn(e -> e.comment() == null ? "" : e.comment()).setHeader(getTranslation("meeting.comment"))
                    .setFlexGrow(2);
        }
        grid.setItems(agenda);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        return grid;
    }

    private Select<AgendaEntry.DecisionOption> decisionCell(AgendaEntry e) {
        Select<AgendaEntry.DecisionOption> select = new Select<>();
        select.setId("meeting-decision-" + e.itemId());
        select.setItems(e.options());
        Select<AgendaEntry.DecisionOption> previous = decisions.get(e.itemId());
        if (previous != null && previous.getValue() != null) {
            select.setValue(previous.getValue());
        }
        select.setItemLabelGenerator(o -> o.name().get(getLocale()));
        select.setPlaceholder(getTranslation(e.options().isEmpty() ? "meeting.decision.none"
                : "meeting.decision.choose"));
        select.setEnabled(!e.options().isEmpty());
        select.setWidthFull();
        decisions.put(e.itemId(), select);
        return select;
    }

    private TextField commentCell(AgendaEntry e) {
        TextField comment = new TextField();
        comment.setId("meeting-comment-" + e.itemId());
        TextField previous = comments.get(e.itemId());
        if (previous != null) {
            comment.setValue(previous.getValue());
        }
        comment.setMaxLength(2000);
        comment.setWidthFull();
        comments.put(e.itemId(), comment);
        return comment;
    }

    private void remove(AgendaEntry e) {
        try {
            agendas.remove(id, meeting.version(), e.itemId());
            show();
        } catch (RuntimeException ex) {
            Messages.error(this, "error.message", Messages.describe(this, ex));
        }
    }

    private VerticalLayout recordSection(List<AgendaEntry> agenda, Locale locale) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("meeting-record");
        section.add(new H3(getTranslation("meeting.record")));
        Paragraph help = new Paragraph(getTranslation("meeting.record.help"));
        help.addClassName("field-help");
        DatePicker heldOn = DatePickers.localized(new DatePicker(getTranslation("meeting.heldOn")), locale,
                this::getTranslation);
        heldOn.setId("meeting-held-on");
        heldOn.setValue(meeting.meetingDate());
        TextField number = new TextField(getTranslation("meeting.minutesNumber"));
        number.setId("meeting-minutes-number");
        number.setMaxLength(50);
        number.setPlaceholder(getTranslation("meeting.minutesNumber.placeholder"));
        Span minutesName = new Span(meeting.minutesName() == null ? getTranslation("meeting.minutes.notYet")
                : meeting.minutesName());
        minutesName.setId("meeting-minutes-name");
        Span minutesError = new Span();
        minutesError.addClassName("field-error");
        minutesError.setVisible(false);
        UploadHandler handler = event -> {
            UI ui = event.getUI();
            try {
                MeetingSummary updated = meetings.attachMinutes(id, meeting.version(), event.getFileName(),
                        event.getInputStream());
                ui.access(() -> {
                    meeting = updated;
                    minutesName.setText(updated.minutesName());
                    minutesError.setVisible(false);
                });
            } catch (RuntimeException ex) {
                String message = Messages.describe(this, ex);
                ui.access(() -> {
                    minutesError.setText(message);
                    minutesError.setVisible(true);
                });
            }
        };
        Upload upload = Uploads.localized(new Upload(handler));
        upload.setId("meeting-minutes-upload");
        upload.setAcceptedFileTypes(".pdf", "application/pdf");
        upload.setMaxFileSize(MeetingService.MAX_MINUTES_MB * 1024 * 1024);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> {
            minutesError.setText(e.getErrorMessage());
            minutesError.setVisible(true);
        });
        Div errors = new Div();
        errors.setId("meeting-errors");
        errors.addClassName("field-error");
        Button record = new Button(getTranslation("meeting.record.confirm"), e -> {
            errors.removeAll();
            heldOn.setInvalid(false);
            number.setInvalid(false);
            List<MeetingRecord.Decision> chosen = new ArrayList<>();
            for (AgendaEntry entry : agenda) {
                if (!entry.pending()) {
                    continue;
                }
                Select<AgendaEntry.DecisionOption> select = decisions.get(entry.itemId());
                AgendaEntry.DecisionOption option = select == null ? null : select.getValue();
                TextField comment = comments.get(entry.itemId());
                chosen.add(new MeetingRecord.Decision(entry.itemId(), entry.application().version(),
                        option == null ? null : option.code(), comment == null ? null : comment.getValue()));
            }
            try {
                recording.record(id, meeting.version(), new MeetingRecord(heldOn.getValue(), number.getValue(),
                        chosen));
                Messages.success(this, "meeting.recorded.done");
                show();
            } catch (MeetingRefusedException ex) {
                UnorderedList list = new UnorderedList();
                for (MeetingRefusedException.Refusal r : ex.getRefusals()) {
                    list.add(new ListItem(r.referenceNo() + "：" + reason(r.cause())));
                }
                errors.add(new Paragraph(Messages.describe(this, ex)), list);
            } catch (BusinessException ex) {
                if ("heldOn".equals(ex.getField())) {
                    heldOn.setErrorMessage(Messages.describe(this, ex));
                    heldOn.setInvalid(true);
                } else if ("minutesNumber".equals(ex.getField())) {
                    number.setErrorMessage(Messages.describe(this, ex));
                    number.setInvalid(true);
                } else {
                    errors.add(new Paragraph(Messages.describe(this, ex)));
                }
            } catch (RuntimeException ex) {
                errors.add(new Paragraph(Messages.describe(this, ex)));
            }
        });
        record.setId("meeting-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setEnabled(agenda.stream().anyMatch(AgendaEntry::pending));
        HorizontalLayout fields = new HorizontalLayout(heldOn, number);
        VerticalLayout minutes = new VerticalLayout(new Span(getTranslation("meeting.minutes")), minutesName,
                upload, minutesError);
        minutes.setPadding(false);
        minutes.setSpacing(false);
        section.add(help, fields, minutes, errors, record);
        return section;
    }

    /** A refusal's reason in words: the workflow's reasons (each citing its article), or the service's message. */
    private String reason(RuntimeException cause) {
        if (cause instanceof WorkflowRefusedException w && !w.getReasons().isEmpty()) {
            return String.join("；", w.getReasons().stream().map(r -> r.get(getLocale())).toList());
        }
        if (cause instanceof org.ticportal.core.form.FormValidationException f) {
            return getTranslation("meeting.refused.form", f.getProblems().size());
        }
        return Messages.describe(this, cause);
    }

    private Anchor minutesLink() {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            MeetingService.StoredPdfFile f = meetings.openMinutes(id);
            try {
                return new DownloadResponse(Files.newInputStream(f.file()), f.fileName(), "application/pdf",
                        f.size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), getTranslation("meeting.minutes.download", meeting.minutesName()));
        link.setId("meeting-minutes-download");
        link.setTarget("_blank");
        return link;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.meetings");
    }
}
