package org.ticportal.ui.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.form.FieldProblem;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormField;
import org.ticportal.core.form.FormSection;
import org.ticportal.policy.api.LocalizedText;

/**
 * A form definition on screen: one tab per section, one field per definition field with its help text and the
 * article it serves, fields shown or hidden as their conditions say, and the server's refusals shown at the field
 * they concern. Values go in and out in their stored form (see {@code FormValidator}).
 */
public class FormRenderer extends Composite<Div> {

    private final FormDefinition form;
    private final Locale locale;
    private final Map<String, FieldEditor> editors = new LinkedHashMap<>();
    private final Map<String, Component> wrappers = new LinkedHashMap<>();
    private final Map<String, Tab> tabs = new LinkedHashMap<>();
    private final Map<String, Tab> sectionTabs = new LinkedHashMap<>();
    private final TabSheet sheet = new TabSheet();
    private final List<Runnable> changeListeners = new ArrayList<>();
    /** Sections whose fields are built when first shown, and the values given for their fields meanwhile. */
    private final Map<Tab, Runnable> unbuilt = new LinkedHashMap<>();
    private final Map<String, Object> pendingValues = new LinkedHashMap<>();
    private boolean readOnly;
    /** {@link #setValues} is filling the fields: their changes leave the visibility to its end. */
    private boolean settingValues;
    /** Fields the user never edits here (e.g. the lead unit's registered particulars, which the server fills in). */
    private java.util.Set<String> fixed = java.util.Set.of();
    private java.util.Set<String> hidden = java.util.Set.of();

    /**
     * @param form        the definition
     * @param catalogs    the choices of a catalog by code, with their names
     * @param attachments what attachment fields may do, or {@code null} when the form has none
     */
    public FormRenderer(FormDefinition form, Locale locale, Catalogs catalogs,
                        @Nullable AttachmentSupport attachments) {
        this(form, locale, catalogs, attachments, false);
    }

    /**
     * @param sectionsWhenShown build a section's fields when its tab is first shown rather than all at once (a
     *                          preview that is looked at section by section keeps less); values, visibility and
     *                          problems of sections not built yet are kept and applied when they are
     */
    public FormRenderer(FormDefinition form, Locale locale, Catalogs catalogs,
                        @Nullable AttachmentSupport attachments, boolean sectionsWhenShown) {
        this.form = form;
        this.locale = locale;
        Function<String, String> translate = key -> getTranslation(key);
        getContent().addClassName("form-renderer");
        sheet.setWidthFull();
        for (FormSection section : form.sections()) {
            Div content = new Div();
            content.addClassName("form-section");
            int index = form.sections().indexOf(section);
            String title = form.layout() == FormDefinition.Layout.STEPS
                    ? getTranslation("form.step.title", index + 1, section.title().get(locale))
                    : section.title().get(locale);
            Tab tab = sheet.add(title, content);
            tab.setId("section-" + section.key());
            sectionTabs.put(section.key(), tab);
            for (FormField field : section.fields()) {
                tabs.put(field.key(), tab);
            }
            Runnable build = () -> buildSection(section, index, content, catalogs, attachments, translate);
            if (sectionsWhenShown && index > 0) {
                unbuilt.put(tab, build);
            } else {
                build.run();
            }
        }
        if (!unbuilt.isEmpty()) {
            sheet.addSelectedChangeListener(e -> build(e.getSelectedTab()));
        }
        getContent().add(sheet);
        updateVisibility();
    }

    private void buildSection(FormSection section, int index, Div content, Catalogs catalogs,
                              @Nullable AttachmentSupport attachments, Function<String, String> translate) {
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("40em", 2));
        if (section.help() != null) {
            Paragraph help = new Paragraph(section.help().get(locale));
            help.addClassName("section-help");
            content.add(help);
        }
        for (FormField field : section.fields()) {
            FieldEditor editor = switch (field.type()) {
                case TABLE -> new TableEditor(field, locale, catalogs, translate);
                case ATTACHMENT -> attachments == null ? null
                        : new AttachmentEditor(field, locale, attachments, translate);
                default -> FieldEditor.of(field, locale, catalogs, translate);
            };
            if (editor == null) {
                continue;
            }
            editors.put(field.key(), editor);
            Component wrapper = wrap(field, editor);
            wrappers.put(field.key(), wrapper);
            layout.add(wrapper);
            if (field.type() == FieldType.TABLE || field.type() == FieldType.ATTACHMENT
                    || field.type() == FieldType.LONG_TEXT || field.type() == FieldType.PERSON
                    || field.type() == FieldType.UNIT) {
                layout.setColspan(wrapper, 2);
            }
            editor.onChange(this::changed);
        }
        content.add(layout);
        if (form.layout() == FormDefinition.Layout.STEPS) {
            content.add(stepButtons(index));
        }
    }

    /** Builds a section not built yet, with the values and the read-only state given meanwhile. */
    private void build(@Nullable Tab tab) {
        Runnable build = tab == null ? null : unbuilt.remove(tab);
        if (build == null) {
            return;
        }
        List<String> before = List.copyOf(editors.keySet());
        build.run();
        editors.forEach((key, editor) -> {
            if (!before.contains(key)) {
                if (pendingValues.containsKey(key)) {
                    editor.value(pendingValues.remove(key));
                }
                if (readOnly || fixed.contains(key)) {
                    editor.readOnly(true);
                }
            }
        });
        updateVisibility();
    }

    /** Previous and next, for forms shown as steps. */
    private Component stepButtons(int index) {
        com.vaadin.flow.component.orderedlayout.HorizontalLayout buttons =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout();
        buttons.addClassName("form-step-buttons");
        if (index > 0) {
            buttons.add(new com.vaadin.flow.component.button.Button(getTranslation("form.step.previous"),
                    e -> sheet.setSelectedIndex(index - 1)));
        }
        if (index < form.sections().size() - 1) {
            com.vaadin.flow.component.button.Button next = new com.vaadin.flow.component.button.Button(
                    getTranslation("form.step.next"), e -> sheet.setSelectedIndex(index + 1));
            next.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
            next.setId("form-step-next-" + index);
            buttons.add(next);
        }
        return buttons;
    }

    private Component wrap(FormField field, FieldEditor editor) {
        Component c = editor.component();
        c.setId("field-" + field.key().replace('.', '-'));
        String help = help(field);
        if (c instanceof HasValue<?, ?> hv) {
            hv.setRequiredIndicatorVisible(field.required());
        }
        if (c instanceof HasHelper h && editor instanceof FieldEditor.Simple<?> simple && simple.showsOwnErrors()) {
            if (!help.isEmpty()) {
                h.setHelperText(help);
            }
            if (c instanceof com.vaadin.flow.component.HasSize s) {
                s.setWidthFull();
            }
            return c;
        }
        Div wrapper = new Div(c);
        wrapper.addClassName("field-wrapper");
        if (!help.isEmpty() && field.type() != FieldType.ATTACHMENT) {
            Span h = new Span(help);
            h.addClassName("field-help");
            wrapper.add(h);
        }
        if (editor instanceof FieldEditor.Simple<?> simple) {
            wrapper.add(simple.errorText());
        }
        return wrapper;
    }

    private String help(FormField field) {
        List<String> parts = new ArrayList<>();
        if (field.help() != null) {
            parts.add(field.help().get(locale));
        }
        if (field.type() == FieldType.NUMBER && field.min() != null && field.max() != null) {
            parts.add(getTranslation("form.range", field.min().toPlainString(), field.max().toPlainString()));
        } else if (field.type() == FieldType.NUMBER && field.min() != null) {
            parts.add(getTranslation("form.range.min", field.min().toPlainString()));
        } else if (field.type() == FieldType.NUMBER && field.max() != null) {
            parts.add(getTranslation("form.range.max", field.max().toPlainString()));
        }
        if (field.article() != null && !field.article().isBlank()) {
            parts.add(getTranslation("form.article", field.article()));
        }
        return String.join(" · ", parts);
    }

    /** The label of a field in the user's language, or the key when the form has no such field. */
    public String labelOf(String fieldKey) {
        return form.field(fieldKey).map(f -> f.label().get(locale)).orElse(fieldKey);
    }

    /** Shows the section with this key. */
    public void showSection(String sectionKey) {
        Tab tab = sectionTabs.get(sectionKey);
        build(tab);
        if (tab != null) {
            sheet.setSelectedTab(tab);
        }
    }

    /** Fills the fields; fields without a value are cleared. */
    public void setValues(Map<String, Object> values) {
        // each field's change would work out every field's visibility again from all values: once, at the end
        settingValues = true;
        try {
            editors.forEach((key, editor) -> editor.value(values.get(key)));
        } finally {
            settingValues = false;
        }
        pendingValues.clear();
        values.forEach((key, value) -> {
            if (!editors.containsKey(key) && value != null) {
                pendingValues.put(key, value);
            }
        });
        updateVisibility();
    }

    /** The values entered, for the visible fields. */
    public Map<String, Object> getValues() {
        Map<String, Object> values = currentValues();
        Map<String, Object> visible = new LinkedHashMap<>();
        for (FormField field : form.fields().toList()) {
            if (field.visibleFor(values) && values.containsKey(field.key())) {
                visible.put(field.key(), values.get(field.key()));
            }
        }
        return visible;
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        editors.forEach((key, e) -> e.readOnly(readOnly || fixed.contains(key)));
    }

    /** Shows these fields read-only whatever {@link #setReadOnly} says: values the server decides. */
    public void setFixedFields(java.util.Set<String> keys) {
        this.fixed = java.util.Set.copyOf(keys);
        setReadOnly(readOnly);
    }

    /**
     * Hides these fields whatever their conditions say: values the server decides and the user need not see (the
     * center type of a policy with a single type).
     */
    public void setHiddenFields(java.util.Set<String> keys) {
        this.hidden = java.util.Set.copyOf(keys);
        updateVisibility();
    }

    /** Runs when any value changes. */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    /** Shows each problem at its field (a table cell's at its table, with the row) and opens the first one's tab. */
    public void showProblems(List<FieldProblem> problems) {
        clearProblems();
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            String key = p.fieldKey().contains("[") ? p.fieldKey().substring(0, p.fieldKey().indexOf('['))
                    : p.fieldKey();
            String message = message(p);
            if (p.fieldKey().contains("[")) {
                String cell = p.fieldKey().substring(p.fieldKey().indexOf('[') + 1);
                String row = cell.substring(0, cell.indexOf(']'));
                String column = cell.substring(cell.indexOf('.') + 1);
                String columnLabel = form.field(key).flatMap(f -> f.columns().stream()
                        .filter(c -> c.key().equals(column)).findFirst()).map(c -> c.label().get(locale)).orElse(column);
                message = getTranslation("form.cell", row, columnLabel, message);
            }
            byField.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
        }
        byField.keySet().forEach(key -> build(tabs.get(key)));
        boolean first = true;
        for (var entry : byField.entrySet()) {
            FieldEditor editor = editors.get(entry.getKey());
            if (editor == null) {
                continue;
            }
            editor.error(String.join("；", entry.getValue()));
            if (first && tabs.containsKey(entry.getKey())) {
                sheet.setSelectedTab(tabs.get(entry.getKey()));
                first = false;
            }
        }
    }

    public void clearProblems() {
        editors.values().forEach(e -> e.error(null));
    }

    /** The text of a problem: the form's own message, else the portal's. */
    public String message(FieldProblem p) {
        if (p.message() != null) {
            return p.message().get(locale);
        }
        return getTranslation(p.messageKey(), p.arguments().toArray());
    }

    private void changed() {
        if (!settingValues) {
            updateVisibility();
        }
        changeListeners.forEach(Runnable::run);
    }

    /** The values of the fields built and those given for fields not built yet. */
    private Map<String, Object> currentValues() {
        Map<String, Object> values = new LinkedHashMap<>(pendingValues);
        editors.forEach((key, editor) -> {
            Object v = editor.value();
            if (v != null) {
                values.put(key, v);
            }
        });
        return values;
    }

    private void updateVisibility() {
        Map<String, Object> values = currentValues();
        for (FormField field : form.fields().toList()) {
            Component wrapper = wrappers.get(field.key());
            if (wrapper != null) {
                wrapper.setVisible(field.visibleFor(values) && !hidden.contains(field.key()));
                if (field.requiredWhen() != null && editors.get(field.key()).component() instanceof HasValue<?, ?> hv) {
                    hv.setRequiredIndicatorVisible(field.requiredFor(values));
                }
            }
        }
    }
}
