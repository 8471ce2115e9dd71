package org.ticportal.ui.applications;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import org.ticportal.core.application.ApplicationChoices;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationFilter;
import org.ticportal.core.application.ApplicationGrid;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.FilingOptions;
import org.ticportal.core.application.StageOption;
import org.ticportal.core.call.CallService;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.call.CallSummary;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.policy.Jurisdiction;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.procedure.Stage;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.ViewTitles;

/**
 * 申报管理: the applications the user's scope covers — an applicant's own unit's, a reviewer's recommending body's,
 * the bureau's jurisdiction's — paged, sorted and filtered in the database. Applicants file new ones here.
 */
@Route("applications")
@Menu(title = "nav.applications", order = 5, icon = "vaadin:file-text-o")
@RolesAllowed({"ADMIN", "BUREAU", "COUNTY", "APPLICANT"})
public class ApplicationsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Query parameters that open the new application's dialog on a jurisdiction and call (links of the home page). */
    public static final String NEW_IN_JURISDICTION = "newIn";
    public static final String NEW_IN_CALL = "call";

    private final ApplicationService applicationService;
    private final ApplicationChoices applicationChoices;


    private final PolicyService policies;
    // concurrent: an export reads it from its own thread
    private final Map<PolicyPin, Map<String, LocalizedText>> stageNames = new ConcurrentHashMap<>();
    // concurrent: an export reads it from its own thread
    private final Map<PolicyPin, String> titles = new ConcurrentHashMap<>();
    private final Map<String, String> bodyNames;

    private final CallService calls;
    private final PortalTime time;
    // concurrent: an export reads it from its own thread
    private final Map<Long, String> callTitles = new ConcurrentHashMap<>();

    /** Query parameters that open the grid filtered (the dashboard's charts: {@code ?stage=RECOMMEND}, {@code ?callId=7}). */
    public static final String FILTER_STAGE = "stage";
    public static final String FILTER_CALL = "callId";
    /** Query parameter that opens the grid on the running applications past their time limit ({@code ?overdue=1}). */
    public static final String FILTER_OVERDUE = "overdue";
    /**
     * Query parameter that opens the grid on the applications waiting for the user ({@code ?stage=…&waiting=1}, a bar
     * of the dashboard's 待我处理): as many rows as the bar counts.
     */
    public static final String FILTER_WAITING = "waiting";
    private final FilterGrid<ApplicationRow, ApplicationFilter> grid;
    private final org.ticportal.ui.base.AddressFilterNote addressNote =
            new org.ticportal.ui.base.AddressFilterNote("applications");
    private final Select<StageOption> stageFilter;
    private final Select<Long> callFilter;

    ApplicationsView(ApplicationService applications, ApplicationGrid applicationGrid, ApplicationChoices choices,
                     PolicyService policies, CallService calls, PortalTime time) {
        this.policies = policies;
        this.time = time;
        this.applicationService = applications;
        this.applicationChoices = choices;
        this.calls = calls;
        addClassName("applications-view");
        setSizeFull();
        Locale locale = getLocale();
        bodyNames = policies.recommendingBodyNames(locale);

        grid = FilterGrid.scrolled(ApplicationFilter.ALL, applicationGrid::rows, applicationGrid::count)
                .exportStreamed(applicationGrid::stream);
        grid.withoutCount(500);
        grid.setId("applications-grid");
        var reference = grid.addColumn("application.reference", ApplicationRow::referenceNo, "referenceNo");
        grid.addColumn("application.name", r -> r.fullName() == null ? getTranslation("application.unnamed")
                : r.fullName(), "fullName").setFlexGrow(2);
        grid.addColumn("application.unit", ApplicationRow::unitName, "unit.name");
        var policy = grid.addColumn("application.policy", r -> policyTitle(r.pin()), "policyId").setFlexGrow(2);
        grid.addColumn("application.pin", r -> r.pin().policyId() + " " + r.pin().pluginVersion(), null);
        grid.addColumn("application.body", r -> bodyNames.getOrDefault(r.recommendingBodyCode(),
                r.recommendingBodyCode()) + " · " + getTranslation("catalog.channel." + r.channel().name()), null);
        var call = grid.addColumn("application.call", this::callTitle, "callId");
        var stage = grid.addColumn("application.stage", this::stageName, "stage");
        grid.addColumn("application.due", r -> Formats.date(r.stageDue(), locale), "stageDue");
        grid.addColumn("application.submitted", r -> Formats.date(r.submittedAt(), locale), "submittedAt");
        var updated = grid.addColumn("application.updated", r -> Formats.dateTime(r.updatedAt(), locale),
                "updatedAt");
        grid.textFilter(reference, ApplicationFilter::withText);
        grid.selectFilter(policy, policies.startedPolicies(), p -> p.identity().title().get(locale),
                (f, p) -> f.withPolicy(p == null ? null : p.policyId())).setId("applications-policy-filter");
        stageFilter = grid.selectFilter(stage, choices.stages(), o -> o.name().get(locale),
                (f, o) -> f.withStage(o == null ? null : o.code()));
        stageFilter.setId("applications-stage-filter");
        callFilter = grid.selectFilter(call, callChoices(calls), this::callChoiceName, (f, c) -> f.withCall(c));
        callFilter.setId("applications-call-filter");
        grid.sort(List.of(new GridSortOrder<>(updated, SortDirection.DESCENDING)));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ApplicationView.class,
                new RouteParameters("id", Long.toString(e.getItem().id())))));

        Checkbox openOnly = new Checkbox(getTranslation("application.openOnly"));
        openOnly.setId("applications-open-only");
        openOnly.addValueChangeListener(e -> grid.setFilter(grid.getFilter().withOpenOnly(e.getValue())));

        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.addClassName("view-toolbar");
        toolbar.setAlignItems(Alignment.CENTER);
        if (choices.mayFile()) {
            Button create = new Button(getTranslation("application.new"), Icons.create(VaadinIcon.PLUS),
                    e -> chooseJurisdiction(applications, choices));
            create.setId("application-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }
        toolbar.add(openOnly, grid.columnChooser(), grid.exportButton("nav.applications"),
                grid.viewsButton("applications"));
        add(toolbar, new BulkActions(grid), addressNote, grid);
        expand(grid);
    }

    /** The title of the policy version the application is handled under, in the user's language. */
    private String policyTitle(PolicyPin pin) {
        return titles.computeIfAbsent(pin, p -> {
            try {
                return policies.title(p).get(getLocale());
            } catch (RuntimeException e) {
                return p.policyId(); // the pinned version cannot be read: its id is shown instead
            }
        });
    }

    /** The title of the call the application was filed in, or that it was filed outside calls. */
    private String callTitle(ApplicationRow row) {
        Long id = row.callId();
        if (id == null) {
            return getTranslation("application.call.outside");
        }
        return callTitles.computeIfAbsent(id, k -> calls.find(k).map(CallSummary::title).orElse(k.toString()));
    }

    private String stageName(ApplicationRow row) {
        Map<String, LocalizedText> names = stageNames.computeIfAbsent(row.pin(), pin -> {
            Map<String, LocalizedText> map = new HashMap<>();
            try {
                for (Stage s : policies.stages(pin)) {
                    map.put(s.code(), s.name());
                }
            } catch (RuntimeException e) {
                // the pinned version cannot be read: the stage code is shown instead
            }
            return map;
        });
        LocalizedText name = names.get(row.stage());
        return name == null ? row.stage() : name.get(getLocale());
    }

    /** The choice of filing outside calls, among the calls' ids. */
    private static final long ROLLING = -1L;

    /**
     * Files a new application in a jurisdiction the applicant chooses (the service proposes their unit's own), in one
     * of its policy's calls open now or, where the policy allows, outside calls; warns before when the unit already
     * holds an open application there that the policy does not allow a second of.
     */
    private void chooseJurisdiction(ApplicationService applications, ApplicationChoices choices) {
        chooseJurisdiction(applications, choices, null, null);
    }

    /** The same, with the jurisdiction and call chosen beforehand where they are on offer. */
    private void chooseJurisdiction(ApplicationService applications, ApplicationChoices choices,
                                    @Nullable String jurisdictionCode, @Nullable Long preselectedCall) {
        List<Jurisdiction> open = choices.forNewApplication();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("application.new"));
        if (open.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("home.policy.none")));
        }
        RadioButtonGroup<Jurisdiction> choice = new RadioButtonGroup<>(getTranslation("application.jurisdiction"));
        choice.setId("application-jurisdiction");
        choice.setItems(open);
        choice.setItemLabelGenerator(j -> j.name().get(getLocale()) + " ·《" + j.active().identity().title()
                .get(getLocale()) + "》");
        Map<Long, String> whereLabels = new HashMap<>();
        RadioButtonGroup<Long> where = new RadioButtonGroup<>(getTranslation("application.call"));
        where.setId("application-call");
        where.setItemLabelGenerator(id -> whereLabels.getOrDefault(id, ""));
        Paragraph warning = new Paragraph();
        warning.setId("application-duplicate-warning");
        warning.addClassName("field-warning");
        warning.setVisible(false);
        choice.addValueChangeListener(e -> {
            whereLabels.clear();
            where.setItems(List.of());
            if (e.getValue() == null) {
                return;
            }
            try {
                FilingOptions options = applications.filingOptions(e.getValue().code());
                List<Long> ids = new java.util.ArrayList<>();
                for (CallSummary call : options.openCalls()) {
                    ids.add(call.id());
                    whereLabels.put(call.id(), getTranslation("application.call.item", call.title(),
                            Formats.dateTime(time.local(call.closesAt()), getLocale())));
                }
                if (options.rollingFiling()) {
                    ids.add(ROLLING);
                    whereLabels.put(ROLLING, getTranslation("application.call.rolling"));
                }
                where.setItems(ids);
                where.setHelperText(ids.isEmpty() ? getTranslation("application.call.none") : null);
                if (!ids.isEmpty()) {
                    where.setValue(ids.getFirst());
                }
            } catch (RuntimeException ex) {
                where.setHelperText(Messages.describe(this, ex));
            }
        });
        where.addValueChangeListener(e -> {
            warning.setVisible(false);
            if (e.getValue() == null || choice.getValue() == null) {
                return;
            }
            Long callId = e.getValue() == ROLLING ? null : e.getValue();
            applications.openDuplicate(choice.getValue().code(), callId).ifPresent(reference -> {
                warning.setText(getTranslation(callId == null ? "application.duplicate.warning.rolling"
                        : "application.duplicate.warning.call", reference));
                warning.setVisible(true);
            });
        });
        dialog.add(choice, where, warning, new Paragraph(getTranslation("application.new.help")));
        Button file = new Button(getTranslation("application.create"), e -> {
            if (choice.getValue() == null || where.getValue() == null) {
                return;
            }
            try {
                ApplicationDetail created = applications.create(choice.getValue().code(),
                        where.getValue() == ROLLING ? null : where.getValue());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(ApplicationView.class,
                        new RouteParameters("id", Long.toString(created.row().id()))));
            } catch (RuntimeException ex) {
                RadioButtonGroup<?> at = ex instanceof org.ticportal.core.common.BusinessException b
                        && "call".equals(b.getField()) ? where : choice;
                at.setErrorMessage(Messages.describe(this, ex));
                at.setInvalid(true);
            }
        });
        file.setId("application-create");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), file);
        dialog.open();
        if (!open.isEmpty()) {
            // the service lists the unit's own jurisdiction first
            choice.setValue(open.stream().filter(j -> j.code().equals(jurisdictionCode)).findFirst()
                    .orElse(open.get(0)));
            if (preselectedCall != null && whereLabels.containsKey(preselectedCall)) {
                where.setValue(preselectedCall);
            }
        }
    }

    /** A link of the home page ({@code ?newIn=140900&call=7}) opens the new application's dialog on that call. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        filterFrom(query);
        List<String> in = query.getOrDefault(NEW_IN_JURISDICTION, List.of());
        if (in.isEmpty() || !applicationChoices.mayFile()) {
            return;
        }
        Long call = null;
        try {
            call = Long.valueOf(query.getOrDefault(NEW_IN_CALL, List.of("")).getFirst());
        } catch (NumberFormatException e) {
            // no call chosen: the dialog proposes one
        }
        chooseJurisdiction(applicationService, applicationChoices, in.getFirst(), call);
    }

    /** The calls the call filter offers (the newest first, at most a page of them), and outside calls. */
    private static List<Long> callChoices(CallService calls) {
        List<Long> ids = new java.util.ArrayList<>(calls.list(org.ticportal.core.call.CallFilter.ALL,
                org.springframework.data.domain.PageRequest.of(0, 200, org.springframework.data.domain.Sort.by(
                        org.springframework.data.domain.Sort.Order.desc("id")))).map(CallSummary::id).getContent());
        ids.add(ApplicationFilter.OUTSIDE_CALLS);
        return ids;
    }

    private String callChoiceName(Long id) {
        return id == ApplicationFilter.OUTSIDE_CALLS ? getTranslation("application.call.outside")
                : callTitles.computeIfAbsent(id, k -> calls.find(k).map(CallSummary::title).orElse(k.toString()));
    }

    /**
     * Sets the stage, call, overdue and waiting filters from the query ({@link #FILTER_STAGE}, {@link #FILTER_CALL},
     * {@link #FILTER_OVERDUE}, {@link #FILTER_WAITING}), when given; the overdue and waiting filters, which the header
     * cannot show, are said above the grid.
     */
    private void filterFrom(Map<String, List<String>> query) {
        java.time.LocalDate overdueOn = query.containsKey(FILTER_OVERDUE) ? time.today() : null;
        if (!java.util.Objects.equals(grid.getFilter().dueBefore(), overdueOn)) {
            grid.setFilter(grid.getFilter().withOverdueOn(overdueOn));
        }
        boolean waitingForMe = query.containsKey(FILTER_WAITING);
        if (grid.getFilter().waitingForMe() != waitingForMe) {
            grid.setFilter(grid.getFilter().withWaitingForMe(waitingForMe));
        }
        List<String> notes = new java.util.ArrayList<>();
        if (waitingForMe) {
            notes.add(getTranslation("dashboard.filter.waitingApplications"));
        }
        if (overdueOn != null) {
            notes.add(getTranslation("dashboard.filter.overdueApplications", Formats.date(overdueOn, getLocale())));
        }
        addressNote.show(notes.isEmpty() ? null : String.join(" ", notes));
        query.getOrDefault(FILTER_STAGE, List.of()).stream().findFirst().flatMap(code -> stageFilter
                .getListDataView().getItems().filter(o -> o.code().equals(code)).findFirst())
                .ifPresent(stageFilter::setValue);
        query.getOrDefault(FILTER_CALL, List.of()).stream().findFirst().ifPresent(value -> {
            try {
                long id = Long.parseLong(value);
                if (!callFilter.getListDataView().contains(id)) {
                    callFilter.getListDataView().addItem(id);
                }
                callFilter.setValue(id);
            } catch (NumberFormatException e) {
                // not a call: no filter
            }
        });
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.applications");
    }
}
