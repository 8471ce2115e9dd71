package org.ticportal.ui.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormField;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.ui.base.Icons;

/**
 * A repeating table (team members, co-builders, IP items, equipment …): a grid of its rows, a dialog with the
 * typed column fields to add or change a row, and a remove button per row.
 */
final class TableEditor extends FieldEditor {

    private final Div root = new Div();
    private final Grid<Map<String, Object>> grid = new Grid<>();
    private final Span errorText = new Span();
    private final Button add;
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final Locale locale;
    private final Catalogs catalogs;
    private final Function<String, String> translate;
    private @Nullable Runnable listener;
    private boolean readOnly;

    TableEditor(FormField field, Locale locale, Catalogs catalogs,
                Function<String, String> translate) {
        super(field);
        this.locale = locale;
        this.catalogs = catalogs;
        this.translate = translate;
        root.addClassName("table-field");
        Span label = new Span(field.label().get(locale) + (field.required() ? " *" : ""));
        label.addClassName("table-label");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setId("table-" + field.key().replace('.', '-'));
        for (FormField column : field.columns()) {
            Map<String, LocalizedText> labels = column.type() == FieldType.CHOICE
                    || column.type() == FieldType.MULTI_CHOICE ? FieldEditor.choices(column, catalogs) : Map.of();
            grid.addColumn(row -> display(column, row.get(column.key()), labels))
                    .setHeader(column.label().get(locale) + (column.unit() == null ? "" : "（" + column.unit() + "）"))
                    .setAutoWidth(true).setResizable(true);
        }
        grid.addComponentColumn(this::rowActions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        add = new Button(translate.apply("form.table.add"), Icons.create(VaadinIcon.PLUS), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.setId("add-" + field.key().replace('.', '-'));
        errorText.addClassName("field-error");
        errorText.setVisible(false);
        root.add(label, grid, add, errorText);
    }

    private Component rowActions(Map<String, Object> row) {
        Div actions = new Div();
        if (readOnly) {
            return actions;
        }
        Button change = new Button(Icons.create(VaadinIcon.EDIT), e -> edit(row));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        change.setAriaLabel(translate.apply("action.edit"));
        Button remove = new Button(Icons.create(VaadinIcon.TRASH), e -> {
            rows.remove(row);
            changed();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(translate.apply("action.remove"));
        actions.add(change, remove);
        return actions;
    }

    private void edit(@Nullable Map<String, Object> existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(field.label().get(locale));
        dialog.addClassName("table-row-dialog");
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        Map<String, FieldEditor> editors = new LinkedHashMap<>();
        for (FormField column : field.columns()) {
            FieldEditor editor = FieldEditor.of(column, locale, catalogs, translate);
            if (existing != null) {
                editor.value(existing.get(column.key()));
            }
            editors.put(column.key(), editor);
            Component c = editor.component();
            if (c instanceof com.vaadin.flow.component.HasValue<?, ?> hv && column.required()) {
                hv.setRequiredIndicatorVisible(true);
            }
            layout.add(c);
            if (editor instanceof FieldEditor.Simple<?> simple) {
                layout.add(simple.errorText());
            }
        }
        Button ok = new Button(translate.apply("action.ok"), e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            boolean missing = false;
            for (FormField column : field.columns()) {
                FieldEditor editor = editors.get(column.key());
                Object v = editor.value();
                if (column.required() && (v == null || v instanceof String s && s.isBlank())) {
                    editor.error(translate.apply("form.required"));
                    missing = true;
                } else {
                    editor.error(null);
                }
                if (v != null) {
                    row.put(column.key(), v);
                }
            }
            if (missing) {
                return;
            }
            if (existing != null) {
                rows.set(rows.indexOf(existing), row);
            } else {
                rows.add(row);
            }
            dialog.close();
            changed();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("table-row-ok");
        dialog.add(layout);
        dialog.getFooter().add(new Button(translate.apply("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void changed() {
        grid.setItems(List.copyOf(rows));
        if (listener != null) {
            listener.run();
        }
    }

    private String display(FormField column, @Nullable Object v, Map<String, LocalizedText> labels) {
        if (v == null) {
            return "";
        }
        if (v instanceof Collection<?> c) {
            return String.join("、", c.stream().map(x -> label(labels, String.valueOf(x))).toList());
        }
        if (v instanceof Boolean b) {
            return translate.apply(b ? "form.yes" : "form.no");
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return label(labels, v.toString());
    }

    private String label(Map<String, LocalizedText> labels, String code) {
        return labels.containsKey(code) ? labels.get(code).get(locale) : code;
    }

    @Override
    Component component() {
        return root;
    }

    @Override
    @Nullable Object value() {
        return rows.isEmpty() ? null : List.copyOf(rows);
    }

    @Override
    void value(@Nullable Object value) {
        rows.clear();
        if (value instanceof Collection<?> c) {
            for (Object r : c) {
                if (r instanceof Map<?, ?> m) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    m.forEach((k, v) -> row.put(String.valueOf(k), v));
                    rows.add(row);
                }
            }
        }
        grid.setItems(List.copyOf(rows));
    }

    @Override
    void error(@Nullable String message) {
        errorText.setText(message == null ? "" : message);
        errorText.setVisible(message != null);
    }

    @Override
    void readOnly(boolean readOnly) {
        this.readOnly = readOnly;
        add.setVisible(!readOnly);
        grid.getDataProvider().refreshAll();
    }

    @Override
    void onChange(Runnable listener) {
        this.listener = listener;
    }
}
