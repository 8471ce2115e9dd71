package org.ticportal.ui.catalogs;

import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.catalog.CatalogCodes;
import org.ticportal.core.catalog.CatalogInfo;
import org.ticportal.core.catalog.CatalogService;
import org.ticportal.core.catalog.EntrySource;
import org.ticportal.core.catalog.MergedEntry;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.policy.api.CenterType;
import org.ticportal.policy.api.RecommendingBody;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;

/**
 * One catalog of a policy as it is in force: every entry with its source (the policy's default, renamed, or added by
 * an administrator), whether it is retired, and its article. Administrators add (where the catalog takes added
 * entries), rename, retire and restore entries; bureau staff read. Retired rows are greyed and carry a badge.
 */
class CatalogPanel extends VerticalLayout {

    private final CatalogService catalogs;
    private final StartedPolicy policy;
    private final CatalogInfo catalog;
    private final String title;
    private final boolean editable;
    private final Runnable onChange;
    private final Grid<MergedEntry> grid = new Grid<>();

    CatalogPanel(CatalogService catalogs, StartedPolicy policy, CatalogInfo catalog, String title, boolean editable,
                 Runnable onChange) {
        this.catalogs = catalogs;
        this.policy = policy;
        this.catalog = catalog;
        this.title = title;
        this.editable = editable;
        this.onChange = onChange;
        addClassName("catalog-panel");
        setPadding(false);
        setSizeFull();

        Paragraph help = new Paragraph(getTranslation(!editable ? "catalogs.help.readOnly"
                : catalog.extensible() ? "catalogs.help.extensible" : "catalogs.help.fixed"));
        help.setId("catalogs-help-" + catalog.code());
        help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        HorizontalLayout toolbar = new HorizontalLayout(help);
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.CENTER);
        toolbar.expand(help);
        if (editable && catalog.extensible()) {
            Button add = new Button(getTranslation("catalogs.add"), Icons.create(VaadinIcon.PLUS), e -> openAdd());
            add.setId("catalogs-add-" + catalog.code());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(add);
        }
        if (!catalog.article().isBlank()) {
            help.setText(help.getText() + " " + getTranslation("catalogs.help.article", catalog.article()));
        }

        grid.setId("catalogs-grid-" + catalog.code());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        columns();
        add(toolbar, grid);
        expand(grid);
        refresh();
    }

    private void columns() {
        Locale locale = getLocale();
        column("code", "catalog.code", MergedEntry::code).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::nameCell).setKey("name").setHeader(getTranslation("catalog.name"))
                .setFlexGrow(2).setResizable(true);
        switch (catalog.code()) {
            case CatalogCodes.CENTER_TYPES -> {
                column("institutes", "catalog.institutes", e -> centerType(e.code()).map(t -> getTranslation(
                        t.hasSpecialisedInstitutes() ? "catalog.yes" : "catalog.no")).orElse(""));
                column("description", "catalog.description", e -> centerType(e.code())
                        .map(t -> t.description().get(locale)).orElse("")).setFlexGrow(3);
            }
            case CatalogCodes.INDUSTRY_CLUSTERS -> column("group", "catalog.group",
                    e -> e.group() == null ? "" : e.group().get(locale));
            case CatalogCodes.RECOMMENDING_BODIES -> {
                column("kind", "catalog.kind", e -> body(e.code()).map(b -> getTranslation("catalog.kind."
                        + b.kind().name())).orElse(""));
                column("channel", "catalog.channel", e -> body(e.code()).map(b -> getTranslation(
                        "catalog.channel." + b.channel().name())).orElse(""));
                column("divisions", "catalog.divisions", e -> body(e.code())
                        .map(b -> String.join(getTranslation("catalogs.separator"), b.divisions())).orElse(""));
            }
            default -> {
            }
        }
        column("source", "catalogs.column.source", this::source).setFlexGrow(1);
        grid.addComponentColumn(this::statusCell).setKey("status").setHeader(getTranslation("catalogs.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        column("article", "catalog.article", MergedEntry::article);
        column("changed", "catalogs.column.changed", e -> e.changedBy() == null ? ""
                : getTranslation("catalogs.changedBy", e.changedBy(), Formats.dateTime(e.changedAt(), locale)));
        if (editable) {
            grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("catalogs.column.actions"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
    }

    /** A text column whose cells are greyed for retired entries. */
    private Grid.Column<MergedEntry> column(String key, String titleKey, Function<MergedEntry, String> text) {
        return grid.addComponentColumn(e -> cell(e, text.apply(e))).setKey(key).setHeader(getTranslation(titleKey))
                .setAutoWidth(true).setResizable(true);
    }

    private static Span cell(MergedEntry e, String text) {
        Span span = new Span(text);
        if (e.retired()) {
            span.addClassName(LumoUtility.TextColor.SECONDARY);
        }
        return span;
    }

    private Component nameCell(MergedEntry e) {
        Span name = cell(e, e.name().get(getLocale()));
        name.addClassName("catalog-entry-name");
        if (e.retired()) {
            name.getStyle().set("text-decoration", "line-through");
        }
        return name;
    }

    private Component statusCell(MergedEntry e) {
        Span badge = new Span(getTranslation(e.retired() ? "catalogs.status.retired" : "catalogs.status.active"));
        badge.getElement().getThemeList().add(e.retired() ? "badge contrast" : "badge success");
        badge.addClassName("catalog-entry-status");
        if (e.retired() && e.retiredBy() != null) {
            badge.setTitle(getTranslation("catalogs.status.retiredBy", e.retiredBy(),
                    Formats.dateTime(e.retiredAt(), getLocale())));
        }
        return badge;
    }

    private String source(MergedEntry e) {
        if (e.source() == EntrySource.ADDED) {
            return getTranslation("catalogs.source.added");
        }
        if (e.renamed() && e.defaultName() != null) {
            return getTranslation("catalogs.source.renamed", e.defaultName().get(getLocale()));
        }
        return getTranslation("catalogs.source.default");
    }

    private Component actions(MergedEntry e) {
        String id = catalog.code() + "-" + e.code();
        Button rename = new Button(getTranslation("catalogs.rename"), Icons.create(VaadinIcon.EDIT), c -> openRename(e));
        rename.setId("catalogs-rename-" + id);
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button toggle = e.retired()
                ? new Button(getTranslation("catalogs.restore"), Icons.create(VaadinIcon.ARROW_BACKWARD), c -> restore(e))
                : new Button(getTranslation("catalogs.retire"), Icons.create(VaadinIcon.BAN), c -> retire(e));
        toggle.setId((e.retired() ? "catalogs-restore-" : "catalogs-retire-") + id);
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (!e.retired()) {
            toggle.setTooltipText(getTranslation("catalogs.retire.help"));
        }
        HorizontalLayout actions = new HorizontalLayout(rename, toggle);
        actions.setSpacing(false);
        return actions;
    }

    private void openAdd() {
        new EntryDialog(title, null,
                (code, zh, en) -> catalogs.add(policy.policyId(), catalog.code(), code, zh, en),
                saved -> changed(saved, "catalogs.added")).open();
    }

    private void openRename(MergedEntry entry) {
        new EntryDialog(title, entry,
                (code, zh, en) -> catalogs.rename(policy.policyId(), catalog.code(), entry.code(), zh, en,
                        entry.version()),
                saved -> changed(saved, "catalogs.renamed")).open();
    }

    private void retire(MergedEntry entry) {
        try {
            changed(catalogs.retire(policy.policyId(), catalog.code(), entry.code(), entry.version()),
                    "catalogs.retired");
        } catch (RuntimeException ex) {
            Messages.error(this, "error.message", Messages.describe(this, ex));
            refresh();
        }
    }

    private void restore(MergedEntry entry) {
        try {
            changed(catalogs.restore(policy.policyId(), catalog.code(), entry.code(), entry.version()),
                    "catalogs.restored");
        } catch (RuntimeException ex) {
            Messages.error(this, "error.message", Messages.describe(this, ex));
            refresh();
        }
    }

    /** After a change (or a refusal because of someone else's): the message, the rows again, the history. */
    private void changed(@Nullable MergedEntry saved, String messageKey) {
        if (saved != null) {
            Messages.success(this, messageKey, saved.code(), saved.name().get(getLocale()));
        }
        refresh();
        onChange.run();
    }

    /** Reads the entries again. */
    void refresh() {
        grid.setItems(catalogs.entries(policy.policyId(), catalog.code()));
    }

    private java.util.Optional<CenterType> centerType(String code) {
        return policy.catalogs().centerType(code);
    }

    private java.util.Optional<RecommendingBody> body(String code) {
        return policy.catalogs().recommendingBody(code);
    }
}
