package org.ticportal.ui.formdesign;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.form.DefinitionEdits;
import org.ticportal.core.form.DefinitionPath;
import org.ticportal.core.form.DefinitionPath.Level;
import org.ticportal.core.form.FieldUse;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormField;
import org.ticportal.core.form.FormSection;

/**
 * The designer's outline: the form, its sections, their fields and the tables' columns, with each field's type, flags
 * (required, conditional) and the rules that read it. A section or table shows its fields or columns once opened (or
 * when something in it is selected) and stays open across edits; clicking its name also selects it.
 */
final class DesignerOutline extends TreeGrid<DefinitionPath> {

    private final DesignContext context;
    private final Set<DefinitionPath> expanded = new HashSet<>();
    private @Nullable DefinitionPath selected;
    private boolean refreshing;

    /** @param onSelect runs when another node is selected, by the user or by code ({@code null}: none is) */
    DesignerOutline(DesignContext context, Consumer<@Nullable DefinitionPath> onSelect) {
        this.context = context;
        setId("designer-outline");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addHierarchyColumn(this::label).setHeader(getTranslation("designer.outline.label"))
                .setFlexGrow(1).setWidth("16em");
        addColumn(n -> field(n) == null ? "" : getTranslation("designer.type." + field(n).type().name()))
                .setHeader(getTranslation("designer.outline.type")).setWidth("8em").setFlexGrow(0);
        addColumn(n -> field(n) == null ? "" : flags(field(n)))
                .setHeader(getTranslation("designer.outline.flags")).setWidth("8em").setFlexGrow(0);
        addColumn(n -> n.level() == Level.FIELD && field(n) != null ? ruleIds(field(n)) : "")
                .setHeader(getTranslation("designer.outline.rules")).setWidth("7em").setFlexGrow(0);
        addExpandListener(e -> {
            expanded.addAll(e.getItems());
            if (e.isFromClient() && e.getItems().size() == 1) {
                onSelect.accept(e.getItems().iterator().next());
            }
        });
        addCollapseListener(e -> {
            expanded.removeAll(e.getItems());
            if (e.isFromClient() && e.getItems().size() == 1) {
                onSelect.accept(e.getItems().iterator().next());
            }
        });
        setTooltipGenerator(this::label);
        addSelectionListener(e -> {
            DefinitionPath now = e.getFirstSelectedItem().orElse(null);
            if (!refreshing && !java.util.Objects.equals(now, selected)) {
                selected = now;
                onSelect.accept(now);
            }
        });
        setHeight("24em");
        getStyle().set("flex-shrink", "0");
    }

    /** Lists the definition as it is now, keeping what is open and what is selected. */
    void refresh() {
        TreeData<DefinitionPath> data = new TreeData<>();
        DefinitionPath root = DefinitionPath.form();
        data.addItem(null, root);
        for (FormSection s : context.definition().sections()) {
            DefinitionPath sn = DefinitionPath.section(s.key());
            if (data.contains(sn)) {
                continue; // a duplicate key: the check names it; the JSON tab shows it
            }
            data.addItem(root, sn);
            for (FormField f : s.fields()) {
                DefinitionPath fn = DefinitionPath.field(s.key(), f.key());
                if (data.contains(fn)) {
                    continue;
                }
                data.addItem(sn, fn);
                for (FormField c : f.columns()) {
                    DefinitionPath cn = DefinitionPath.column(s.key(), f.key(), c.key());
                    if (!data.contains(cn)) {
                        data.addItem(fn, cn);
                    }
                }
            }
        }
        refreshing = true;
        try {
            setDataProvider(new TreeDataProvider<>(data));
            List<DefinitionPath> open = new ArrayList<>();
            open.add(root);
            expanded.stream().filter(data::contains).forEach(open::add);
            expand(open);
            if (selected != null && data.contains(selected)) {
                select(selected);
            }
        } finally {
            refreshing = false;
        }
    }

    /** Selects a node, opening what holds it, and scrolls to it. */
    void show(DefinitionPath n) {
        List<DefinitionPath> ancestors = new ArrayList<>();
        if (n.level() == Level.FIELD || n.level() == Level.COLUMN) {
            ancestors.add(DefinitionPath.section(n.section()));
        }
        if (n.level() == Level.COLUMN) {
            ancestors.add(n.parent());
        }
        expanded.addAll(ancestors);
        expand(ancestors);
        selected = n;
        select(n);
        scrollToItem(n);
    }

    /** The node's name: the form's title, a section's title, a field's label and key. */
    String label(DefinitionPath n) {
        FormDefinition d = context.definition();
        return switch (n.level()) {
            case FORM -> d.title() == null ? d.code() : d.title().get(getLocale());
            case SECTION -> DefinitionEdits.section(d, n).map(s -> s.title() == null ? s.key()
                    : s.title().get(getLocale())).orElse(n.section());
            case FIELD, COLUMN -> {
                FormField f = field(n);
                yield f == null ? "" : (f.label() == null ? "" : f.label().get(getLocale())) + "（" + f.key() + "）";
            }
        };
    }

    private @Nullable FormField field(DefinitionPath n) {
        return DefinitionEdits.field(context.definition(), n).orElse(null);
    }

    private String flags(FormField f) {
        List<String> flags = new ArrayList<>();
        if (f.required()) {
            flags.add(getTranslation("designer.flag.required"));
        }
        if (f.requiredWhen() != null) {
            flags.add(getTranslation("designer.flag.requiredWhen"));
        }
        if (f.visibleWhen() != null) {
            flags.add(getTranslation("designer.flag.conditional"));
        }
        return String.join(" · ", flags);
    }

    private String ruleIds(FormField f) {
        return context.usesOf(f).stream().map(FieldUse::by).distinct().collect(Collectors.joining(", "));
    }
}
