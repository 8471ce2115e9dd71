package org.ticportal.ui.audit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditFilter;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.ui.base.AddressFilterNote;
import org.ticportal.ui.base.DatePickers;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.ViewTitles;

/**
 * 审计记录: every recorded change — when, who, which record, what was done, the value before and after — paged,
 * sorted and filtered in the database (user, record type, record id, action, period in the header row), with the
 * column chooser, the export and saved views (grid {@value #GRID_ID}). Actions, record types and values that are codes
 * read in words ({@link AuditLabels}). A click on a row shows the whole record, its fields before and after side by
 * side, and from there the record's own trail (此记录的全部审计记录). For administrators and auditors (审计员,
 * 三权分立: they read it and change nothing); nobody edits or deletes a record here or anywhere in the portal, and the
 * database refuses it too (V40's triggers).
 * <p>
 * Query parameters open it on one record's trail, as the 审计记录 button of a record's screen does
 * ({@link #button(AuditSubject, Object)}): {@code admin/audit?subject=CENTER&id=12}; {@code user}, {@code action}
 * (an action's code; a policy step's too, said above the grid since the header's list names the portal's own actions
 * only) and the period ({@code from}, {@code to}: ISO days, both inclusive) are read too — 统计看板's bars of an
 * auditor open it so ({@code admin/audit?action=LOGIN_FAILED&from=2026-11-08&to=2026-12-07}).
 */
@Route("admin/audit")
@Menu(title = "nav.audit", order = 52, icon = "vaadin:archive")
@RolesAllowed({"ADMIN", "AUDITOR"})
public class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Query parameter: the record type, an {@link AuditSubject} name. */
    public static final String SUBJECT = "subject";
    /** Query parameter: the record's id. */
    public static final String ID = "id";
    /** Query parameter: the user who made the changes. */
    public static final String USER = "user";
    /** Query parameter: the action. */
    public static final String ACTION = "action";
    /** Query parameter: the first day of the period (ISO, inclusive). */
    public static final String FROM = "from";
    /** Query parameter: the last day of the period (ISO, inclusive). */
    public static final String TO = "to";

    /** The key the audit grid's saved views are kept under. */
    public static final String GRID_ID = "audit";

    /** The period pickers hold a period an address gave (a dashboard bar's), not one the user chose. */
    private boolean periodFromAddress;
    /** The action filter holds an action an address gave, not one the user chose. */
    private boolean actionFromAddress;
    private final FilterGrid<AuditEvent, AuditFilter> grid;
    private final AuditLabels labels;
    private final TextField user;
    private final Select<AuditSubject> subject;
    private final TextField subjectId;
    private final ComboBox<AuditAction> action;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final AddressFilterNote addressNote = new AddressFilterNote("admin/audit");

    AuditView(AuditService audit, PolicyService policies) {
        addClassName("audit-view");
        labels = new AuditLabels(this::getTranslation, getLocale(), policies.procedureNames());
        setSizeFull();
        grid = new FilterGrid<>(AuditFilter.ALL, (filter, page) -> audit.search(filter, page).getContent(),
                audit::count);
        grid.setId("audit-grid");
        var time = grid.addColumn("audit.time", e -> Formats.dateTime(e.getOccurredAt(), getLocale()), "occurredAt");
        var actor = grid.addColumn("audit.user", AuditEvent::getActor, "actor");
        var type = grid.addColumn("audit.subject", e -> labels.subject(e.getSubjectType()), "subjectType");
        var id = grid.addColumn("audit.subjectId", AuditEvent::getSubjectId, "subjectId");
        var act = grid.addColumn("audit.action", labels::action, "action");
        var before = grid.addColumn("audit.before", e -> orEmpty(labels.value(e.getSubjectType(), e.getFromState())),
                null);
        var after = grid.addColumn("audit.after", e -> orEmpty(labels.value(e.getSubjectType(), e.getToState())),
                null);
        var comment = grid.addColumn("audit.comment", e -> orEmpty(e.getComment()), null);
        // fixed widths that fit 1366 pixels beside the menu; a long value shows whole in its tooltip and the details
        width(time, "12em", 0);
        width(actor, "7.5em", 0);
        width(type, "7.5em", 0);
        width(id, "6.5em", 0);
        width(act, "11em", 0);
        width(before, "7em", 1);
        width(after, "7em", 1);
        width(comment, "7em", 2);
        act.setTooltipGenerator(labels::action);
        before.setTooltipGenerator(e -> orEmpty(labels.value(e.getSubjectType(), e.getFromState())));
        after.setTooltipGenerator(e -> orEmpty(labels.value(e.getSubjectType(), e.getToState())));
        comment.setTooltipGenerator(e -> orEmpty(e.getComment()));

        user = grid.textFilter(actor, AuditFilter::withActor);
        user.setId("filter-user");
        subject = grid.selectFilter(type, Arrays.asList(AuditSubject.values()), s -> labels.subject(s.name()),
                AuditFilter::withSubject);
        subject.setId("filter-subject");
        subjectId = grid.textFilter(id, AuditFilter::withSubjectId);
        subjectId.setId("filter-subject-id");
        action = grid.comboFilter(act, labels.actionsByLabel(), labels::action, AuditAction::code,
                (f, a) -> f.withAction(a == null ? null : a.code()));
        action.setId("filter-action");
        grid.customFilter(time, period(), this::periodText, this::period);

        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addItemClickListener(e -> new AuditDetailsDialog(e.getItem(), labels, audit).open());

        HorizontalLayout toolbar = new HorizontalLayout(grid.columnChooser(), grid.exportButton("nav.audit"),
                grid.viewsButton(GRID_ID));
        toolbar.addClassName("view-toolbar");
        add(toolbar, addressNote, grid);
        expand(grid);
    }

    private static void width(Grid.Column<AuditEvent> column, String width, int flexGrow) {
        column.setAutoWidth(false).setWidth(width).setFlexGrow(flexGrow);
    }

    /** The period: two dates, the first day above the last, each bounding the other. */
    private Component period() {
        for (DatePicker picker : List.of(from, to)) {
            DatePickers.localized(picker, getLocale(), this::getTranslation);
            // no clear button: the whole date fits; deleting the text clears it
            picker.setWidthFull();
            picker.addValueChangeListener(e -> period(from.getValue(), to.getValue()));
        }
        from.setId("filter-from");
        from.setPlaceholder(getTranslation("audit.from"));
        from.setAriaLabel(getTranslation("audit.from"));
        to.setId("filter-to");
        to.setPlaceholder(getTranslation("audit.to"));
        to.setAriaLabel(getTranslation("audit.to"));
        VerticalLayout range = new VerticalLayout(from, to);
        range.setPadding(false);
        range.setSpacing(false);
        range.getStyle().set("gap", "var(--lumo-space-xs)");
        return range;
    }

    /** The period as a saved view keeps it: {@code first..last}, either side empty when open ({@code null}: none). */
    private @Nullable String periodText() {
        if (from.getValue() == null && to.getValue() == null) {
            return null;
        }
        return (from.getValue() == null ? "" : from.getValue().toString()) + ".."
                + (to.getValue() == null ? "" : to.getValue().toString());
    }

    /** Puts a saved view's period back. */
    private void period(@Nullable String text) {
        LocalDate first = null;
        LocalDate last = null;
        if (text != null && text.contains("..")) {
            String[] sides = text.split("\\.\\.", -1);
            first = sides[0].isBlank() ? null : LocalDate.parse(sides[0]);
            last = sides[1].isBlank() ? null : LocalDate.parse(sides[1]);
        }
        from.setValue(first);
        to.setValue(last);
    }

    private void period(@Nullable LocalDate first, @Nullable LocalDate last) {
        to.setMin(first);
        from.setMax(last);
        if (first != null && last != null && last.isBefore(first)) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("audit.period.invalid"));
            return;
        }
        to.setInvalid(false);
        grid.setFilter(grid.getFilter().withPeriod(first, last));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        first(query, SUBJECT).flatMap(AuditView::subjectOf).ifPresent(subject::setValue);
        first(query, ID).ifPresent(subjectId::setValue);
        first(query, USER).ifPresent(user::setValue);
        Optional<String> code = first(query, ACTION);
        Optional<AuditAction> known = code.flatMap(AuditAction::ofCode);
        if (known.isPresent()) {
            action.setValue(known.get());
            actionFromAddress = true;
        } else if (actionFromAddress) {
            action.clear(); // 显示全部 after a dashboard bar's action (the view is reused)
            actionFromAddress = false;
        }
        String step = code.filter(c -> known.isEmpty()).orElse(null);
        if (step != null) {
            // a policy's step: the header's list has no entry for it
            action.clear();
            grid.setFilter(grid.getFilter().withAction(step));
        } else if (action.getValue() == null && grid.getFilter().action() != null) {
            grid.setFilter(grid.getFilter().withAction(null)); // 显示全部 after a step's
        }
        addressNote.show(step == null ? null : getTranslation("audit.filter.action",
                labels.action(AuditSubject.APPLICATION.name(), step, null)));
        LocalDate first = first(query, FROM).flatMap(AuditView::day).orElse(null);
        LocalDate last = first(query, TO).flatMap(AuditView::day).orElse(null);
        if ((first != null || last != null) && !(first != null && last != null && last.isBefore(first))) {
            // the last day first, so that neither picker's bound refuses the other's day
            from.setValue(null);
            to.setValue(last);
            from.setValue(first);
            periodFromAddress = true;
        } else if (periodFromAddress) {
            // 显示全部 after a dashboard bar's period (the view is reused): the period goes with the action
            from.setValue(null);
            to.setValue(null);
            periodFromAddress = false;
        }
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static Optional<AuditSubject> subjectOf(String name) {
        return Arrays.stream(AuditSubject.values()).filter(s -> s.name().equals(name)).findFirst();
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    /**
     * The 审计记录 button of a record's screen: opens this view on the record's trail. Shown to administrators and
     * auditors only (others get nothing to add).
     */
    public static Optional<Button> button(AuditSubject subject, Object id) {
        if (!mayRead()) {
            return Optional.empty();
        }
        Button button = new Button(Icons.create(VaadinIcon.ARCHIVE));
        button.setText(button.getTranslation("nav.audit"));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId("audit-record");
        Map<String, String> query = new LinkedHashMap<>();
        query.put(SUBJECT, subject.name());
        query.put(ID, String.valueOf(id));
        button.addClickListener(e -> button.getUI().ifPresent(ui -> ui.navigate(AuditView.class,
                QueryParameters.simple(query))));
        return Optional.of(button);
    }

    private static boolean mayRead() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()) || "ROLE_AUDITOR".equals(a.getAuthority()));
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.audit");
    }
}
