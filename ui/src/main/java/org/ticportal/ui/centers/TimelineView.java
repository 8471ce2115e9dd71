package org.ticportal.ui.centers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.ApplicationStep;
import org.ticportal.core.application.Attachment;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.common.BusinessException;
import org.ticportal.ui.applications.ApplicationView;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Icons;

/**
 * 办理过程: an application's timeline on one page that prints well — every step in order with when, who (and role),
 * what, from which stage to which, the comment, and the files the actor had uploaded for it (those uploaded by the
 * step's actor since the step before). The print button prints the page without the portal's frame.
 */
@Route("applications/:id/timeline")
@RolesAllowed({"ADMIN", "BUREAU", "COUNTY", "APPLICANT"})
public class TimelineView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The most steps one timeline shows. */
    static final int MAX_STEPS = 1000;

    private final ApplicationService applications;
    private final AttachmentService attachments;
    private String title = "";

    TimelineView(ApplicationService applications, AttachmentService attachments) {
        this.applications = applications;
        this.attachments = attachments;
        addClassName("timeline-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        ApplicationDetail detail;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            detail = applications.get(id);
        } catch (NumberFormatException | BusinessException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        List<ApplicationStep> steps = applications.history(id, PageRequest.of(0, MAX_STEPS,
                org.springframework.data.domain.Sort.by("occurredAt", "id"))).getContent();
        show(id, detail, steps, filesByStep(steps, attachments.list(id)));
    }

    /** Each file goes with the first step its uploader took at or after uploading it. */
    static Map<Long, List<Attachment>> filesByStep(List<ApplicationStep> steps, List<Attachment> files) {
        Map<Long, List<Attachment>> result = new LinkedHashMap<>();
        for (Attachment f : files) {
            steps.stream().filter(s -> s.getActor().equals(f.getUploadedBy())
                            && !s.getOccurredAt().isBefore(f.getUploadedAt())).findFirst()
                    .ifPresent(s -> result.computeIfAbsent(s.getId(), k -> new ArrayList<>()).add(f));
        }
        return result;
    }

    private void show(long id, ApplicationDetail d, List<ApplicationStep> steps,
                      Map<Long, List<Attachment>> files) {
        removeAll();
        Locale locale = getLocale();
        title = getTranslation("timeline.title", d.row().referenceNo());
        H2 heading = new H2(title);
        heading.setId("timeline-title");
        Paragraph facts = new Paragraph(getTranslation("timeline.facts", d.row().unitName(),
                d.row().fullName() == null ? getTranslation("centers.none") : d.row().fullName(),
                d.stageName() == null ? d.row().stage() : d.stageName().get(locale)));
        facts.setId("timeline-facts");
        Button print = new Button(getTranslation("timeline.print"), Icons.create(VaadinIcon.PRINT),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("timeline-print");
        RouterLink back = new RouterLink(getTranslation("timeline.back"), ApplicationView.class,
                new RouteParameters("id", Long.toString(id)));
        back.setId("timeline-back");
        HorizontalLayout toolbar = new HorizontalLayout(back, print);
        toolbar.setAlignItems(Alignment.CENTER);
        toolbar.addClassName("timeline-toolbar");

        NativeTable table = new NativeTable();
        table.setId("timeline-table");
        table.addClassName("timeline-table");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        for (String key : List.of("timeline.number", "history.when", "history.who", "history.action",
                "timeline.fromTo", "history.comment", "timeline.files")) {
            headRow.add(new NativeTableHeaderCell(getTranslation(key)));
        }
        head.add(headRow);
        NativeTableBody body = new NativeTableBody();
        int n = 0;
        for (ApplicationStep s : steps) {
            NativeTableRow row = new NativeTableRow();
            row.addClassName("timeline-step");
            String who = s.getActor() + (s.getActorRole() == null ? ""
                    : getTranslation("timeline.role", "SYSTEM".equals(s.getActorRole())
                    ? getTranslation("timeline.system") : getTranslation("role." + s.getActorRole())));
            String fromTo = (s.getFromStage() == null ? "" : d.stageName(s.getFromStage()).get(locale) + " → ")
                    + d.stageName(s.getToStage()).get(locale);
            row.add(new NativeTableCell(Integer.toString(++n)),
                    new NativeTableCell(Formats.dateTime(s.getOccurredAt(), locale)), new NativeTableCell(who),
                    new NativeTableCell(d.stepLabel(s).get(locale)), new NativeTableCell(fromTo),
                    new NativeTableCell(s.getComment() == null ? "" : s.getComment()),
                    filesCell(files.getOrDefault(s.getId(), List.of())));
            body.add(row);
        }
        table.add(head, body);
        add(toolbar, heading, facts, table);
    }

    private NativeTableCell filesCell(List<Attachment> files) {
        NativeTableCell cell = new NativeTableCell();
        if (!files.isEmpty()) {
            UnorderedList list = new UnorderedList();
            files.forEach(f -> list.add(new ListItem(f.getOriginalName())));
            cell.add(list);
        }
        return cell;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
