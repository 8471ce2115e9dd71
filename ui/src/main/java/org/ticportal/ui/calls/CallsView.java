package org.ticportal.ui.calls;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import org.ticportal.core.call.CallDocument;
import org.ticportal.core.call.CallFilter;
import org.ticportal.core.call.CallService;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.call.CallSummary;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.policy.Jurisdiction;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.ViewTitles;

/**
 * 申报批次: the calls for applications, paged, sorted and filtered in the database, with their open and close times
 * (China's time), whether each is open now, the quotas and the announcing document. Bureau staff and administrators open
 * a call (新建批次) and edit one by clicking it; applicants and reviewers read the list, "open now" first ticked.
 */
@Route("calls")
@Menu(title = "nav.calls", order = 6, icon = "vaadin:calendar-clock")
@RolesAllowed({"ADMIN", "BUREAU", "COUNTY", "APPLICANT"})
public class CallsView extends VerticalLayout implements HasDynamicTitle {

    private final CallService calls;
    private final FilterGrid<CallSummary, CallFilter> grid;
    private final Map<String, String> jurisdictionNames = new HashMap<>();
    private final Map<String, String> bodyNames;

    CallsView(CallService calls, PortalTime time, JurisdictionPolicyService jurisdictions, UserService users,
              PolicyService policies) {
        this.calls = calls;
        bodyNames = policies.recommendingBodyNames(getLocale());
        addClassName("calls-view");
        setSizeFull();
        Locale locale = getLocale();
        List<Jurisdiction> all = jurisdictions.jurisdictions();
        all.forEach(j -> jurisdictionNames.put(j.code(), j.name().get(locale)));
        Role role = users.currentScope().role();
        boolean manages = role == Role.ADMIN || role == Role.BUREAU;

        grid = new FilterGrid<>(manages ? CallFilter.ALL : CallFilter.ALL.withOpenOnly(true),
                (filter, page) -> calls.list(filter, page).getContent(), calls::count);
        grid.setId("calls-grid");
        var title = grid.addColumn("calls.title", CallSummary::title, "title").setFlexGrow(3);
        var jurisdiction = grid.addColumn("calls.jurisdiction", c -> jurisdictionNames.getOrDefault(
                c.jurisdictionCode(), c.jurisdictionCode()), "jurisdictionCode");
        // shown in China's time, as entered, whatever the server's time zone
        grid.addColumn("calls.opensAt", c -> Formats.dateTime(time.local(c.opensAt()), locale), "opensAt");
        var closes = grid.addColumn("calls.closesAt", c -> Formats.dateTime(time.local(c.closesAt()), locale),
                "closesAt");
        grid.exportAs(grid.addComponentColumn(this::status).setHeader(getTranslation("calls.status"))
                .setKey("calls.status").setAutoWidth(true), "calls.status", c -> getTranslation(statusKey(c)));
        grid.addColumn("calls.quotas", this::quotas, null).setFlexGrow(2);
        grid.exportAs(grid.addComponentColumn(this::document).setHeader(getTranslation("calls.document"))
                .setKey("calls.document").setAutoWidth(true), "calls.document", CallSummary::documentName);
        grid.textFilter(title, CallFilter::withText).setId("calls-title-filter");
        grid.selectFilter(jurisdiction, all, j -> j.name().get(locale),
                (f, j) -> f.withJurisdiction(j == null ? null : j.code())).setId("calls-jurisdiction-filter");
        grid.sort(List.of(new GridSortOrder<>(closes, SortDirection.DESCENDING)));

        Checkbox openOnly = new Checkbox(getTranslation("calls.openOnly"), !manages);
        openOnly.setId("calls-open-only");
        openOnly.addValueChangeListener(e -> grid.setFilter(grid.getFilter().withOpenOnly(e.getValue())));

        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.addClassName("view-toolbar");
        toolbar.setAlignItems(Alignment.CENTER);
        if (manages) {
            Button create = new Button(getTranslation("calls.new"), Icons.create(VaadinIcon.PLUS),
                    e -> new CallDialog(calls, time, null, grid::refresh).open());
            create.setId("call-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
            grid.addItemClickListener(e -> new CallDialog(calls, time, e.getItem(), grid::refresh).open());
        }
        toolbar.add(openOnly, grid.columnChooser(), grid.exportButton("nav.calls"), grid.viewsButton("calls"));
        Paragraph help = new Paragraph(getTranslation(manages ? "calls.help.bureau" : "calls.help.applicant"));
        help.addClassName("field-help");
        add(toolbar, help, grid);
        expand(grid);
    }

    private static String statusKey(CallSummary call) {
        Instant now = Instant.now();
        return call.isOpenAt(now) ? "calls.status.open" : call.isClosedAt(now) ? "calls.status.closed"
                : "calls.status.upcoming";
    }

    private Span status(CallSummary call) {
        Instant now = Instant.now();
        Span badge = new Span(getTranslation(statusKey(call)));
        badge.getElement().getThemeList().add(call.isOpenAt(now) ? "badge success" : "badge contrast");
        badge.addClassName("call-status");
        return badge;
    }

    private String quotas(CallSummary call) {
        if (call.quotas().isEmpty()) {
            return getTranslation("calls.quotas.none");
        }
        return call.quotas().entrySet().stream().map(e -> getTranslation("calls.quota",
                bodyNames.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .collect(Collectors.joining(getTranslation("calls.quotas.separator")));
    }

    private Span document(CallSummary call) {
        Span cell = new Span();
        if (call.documentName() != null) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                CallDocument d = calls.openDocument(call.id());
                try {
                    return new DownloadResponse(java.nio.file.Files.newInputStream(d.file()), d.fileName(),
                            "application/pdf", d.size());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }), call.documentName());
            link.setTarget("_blank");
            link.addClassName("call-document");
            cell.add(link);
        }
        return cell;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.calls");
    }
}
