package org.ticportal.ui.formdesign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FieldUse;
import org.ticportal.core.form.FormConstraint;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormField;
import org.ticportal.core.form.FormOption;
import org.ticportal.core.form.FormReader;
import org.ticportal.core.form.FormSection;
import org.ticportal.core.form.VisibleWhen;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.ui.formdesign.FormDesignerView.Kind;
import org.ticportal.ui.formdesign.FormDesignerView.Node;

/**
 * The properties of what is selected in the designer's outline: the form's title, layout and cross-field checks; a
 * section's key, title and help; a field's (or column's) key, type, texts, requirement, conditions and the properties
 * of its type. Each change is applied at once, so the preview and the check follow.
 */
final class FieldProperties {

    private static final List<String> FILE_TYPES = List.of("pdf", "jpg", "png", "docx", "xlsx", "ofd", "zip");

    private final FormDesignerView view;
    private final Node node;
    private final FormLayout layout = new FormLayout();

    FieldProperties(FormDesignerView view, Node node) {
        this.view = view;
        this.node = node;
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
    }

    private String t(String key, Object... args) {
        return view.getTranslation(key, args);
    }

    Component build() {
        Div root = new Div();
        root.addClassName("designer-props");
        switch (node.kind()) {
            case FORM -> formProperties(root);
            case SECTION -> sectionProperties(root);
            case FIELD, COLUMN -> fieldProperties(root);
        }
        if (layout.getParent().isEmpty()) {
            root.add(layout);
        }
        if (!view.editable()) {
            root.getChildren().forEach(FieldProperties::readOnly);
        }
        return root;
    }

    private static void readOnly(Component c) {
        if (c instanceof com.vaadin.flow.component.HasValue<?, ?> hv) {
            hv.setReadOnly(true);
        }
        if (c instanceof Button b) {
            b.setEnabled(false);
        }
        c.getChildren().forEach(FieldProperties::readOnly);
    }

    // ---- the form ------------------------------------------------------------------------------------------------

    private void formProperties(Div root) {
        FormDefinition d = view.definition();
        root.add(new H4(t("designer.props.form")));
        TextField zh = text("designer.prop.titleZh", zh(d.title()), v -> {
            FormDefinition now = view.definition();
            view.apply(new FormDefinition(now.code(), new LocalizedText(v, en(now.title())), now.layout(),
                    now.sections(), now.constraints()));
        });
        zh.setId("prop-form-title");
        TextField en = text("designer.prop.titleEn", en(d.title()), v -> {
            FormDefinition now = view.definition();
            view.apply(new FormDefinition(now.code(), new LocalizedText(zh(now.title()), v), now.layout(),
                    now.sections(), now.constraints()));
        });
        Select<FormDefinition.Layout> layoutSelect = new Select<>();
        layoutSelect.setLabel(t("designer.prop.layout"));
        layoutSelect.setItems(FormDefinition.Layout.values());
        layoutSelect.setItemLabelGenerator(l -> t("designer.layout." + l.name()));
        layoutSelect.setValue(d.layout());
        layoutSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                FormDefinition now = view.definition();
                view.apply(new FormDefinition(now.code(), now.title(), e.getValue(), now.sections(),
                        now.constraints()));
            }
        });
        layout.add(zh, en, layoutSelect);
        root.add(layout, constraints(d));
    }

    /** The cross-field checks: a list, and a line to add one. */
    private Component constraints(FormDefinition d) {
        Div box = new Div();
        box.addClassName("designer-constraints");
        box.add(new H4(t("designer.constraints")), new Paragraph(t("designer.constraints.help")));
        Grid<FormConstraint> grid = new Grid<>();
        grid.setId("designer-constraints");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> label(c.field()) + " " + c.op().symbol() + " "
                + (c.other() != null ? label(c.other()) : c.value())).setHeader(t("designer.constraint.rule"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.message() == null ? "" : c.message().get(view.locale()))
                .setHeader(t("designer.constraint.message")).setFlexGrow(2);
        if (view.editable()) {
            grid.addComponentColumn(c -> {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    FormDefinition now = view.definition();
                    List<FormConstraint> list = new ArrayList<>(now.constraints());
                    list.remove(c);
                    view.apply(new FormDefinition(now.code(), now.title(), now.layout(), now.sections(), list));
                    view.refreshProperties();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(t("designer.remove"));
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(d.constraints());
        box.add(grid);
        if (!view.editable()) {
            return box;
        }
        List<String> comparable = d.fields().filter(f -> f.type() == FieldType.NUMBER || f.type() == FieldType.DATE
                || f.type() == FieldType.COMPUTED).map(FormField::key).toList();
        ComboBox<String> field = new ComboBox<>(t("designer.constraint.field"));
        field.setId("constraint-field");
        field.setItems(comparable);
        field.setItemLabelGenerator(this::label);
        Select<FormConstraint.Op> op = new Select<>();
        op.setId("constraint-op");
        op.setLabel(t("designer.constraint.op"));
        op.setItems(FormConstraint.Op.values());
        op.setItemLabelGenerator(o -> o.symbol() + " " + t("designer.op." + o.name()));
        op.setValue(FormConstraint.Op.LE);
        ComboBox<String> other = new ComboBox<>(t("designer.constraint.other"));
        other.setId("constraint-other");
        other.setItems(comparable);
        other.setItemLabelGenerator(this::label);
        TextField value = new TextField(t("designer.constraint.value"));
        value.setId("constraint-value");
        TextField message = new TextField(t("designer.constraint.messageZh"));
        message.setId("constraint-message");
        TextField messageEn = new TextField(t("designer.constraint.messageEn"));
        messageEn.setId("constraint-message-en");
        Button add = new Button(t("designer.constraint.add"), VaadinIcon.PLUS.create(), e -> {
            boolean ok = field.getValue() != null && !message.getValue().isBlank()
                    && (other.getValue() != null) != !value.getValue().isBlank();
            if (!ok) {
                message.setErrorMessage(t("designer.constraint.incomplete"));
                message.setInvalid(true);
                return;
            }
            FormDefinition now = view.definition();
            List<FormConstraint> list = new ArrayList<>(now.constraints());
            list.add(new FormConstraint(field.getValue(), op.getValue(), other.getValue(),
                    value.getValue().isBlank() ? null : value.getValue().strip(),
                    new LocalizedText(message.getValue().strip(), messageEn.getValue().strip())));
            view.apply(new FormDefinition(now.code(), now.title(), now.layout(), now.sections(), list));
            view.refreshProperties();
        });
        add.setId("constraint-add");
        FormLayout line = new FormLayout(field, op, other, value, message, messageEn, add);
        line.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 3));
        box.add(line);
        return box;
    }

    private String label(String key) {
        return view.definition().field(key).map(f -> f.label().get(view.locale()) + "（" + key + "）").orElse(key);
    }

    // ---- a section -----------------------------------------------------------------------------------------------

    private void sectionProperties(Div root) {
        FormSection s = view.sectionOf(node);
        root.add(new H4(t("designer.props.section")));
        TextField key = text("designer.prop.key", s.key(), v -> {
            if (view.keyTaken(node, v.strip())) {
                throw new IllegalArgumentException("taken");
            }
            FormSection now = view.sectionOf(node);
            view.apply(node, new FormSection(v.strip(), now.title(), now.help(), now.fields()));
        });
        key.setId("prop-section-key");
        TextField zh = text("designer.prop.titleZh", zh(s.title()), v -> {
            FormSection now = view.sectionOf(node);
            view.apply(node, new FormSection(now.key(), new LocalizedText(v, en(now.title())), now.help(),
                    now.fields()));
        });
        zh.setId("prop-section-title");
        TextField en = text("designer.prop.titleEn", en(s.title()), v -> {
            FormSection now = view.sectionOf(node);
            view.apply(node, new FormSection(now.key(), new LocalizedText(zh(now.title()), v), now.help(),
                    now.fields()));
        });
        TextArea help = area("designer.prop.helpZh", zh(s.help()), v -> {
            FormSection now = view.sectionOf(node);
            view.apply(node, new FormSection(now.key(), now.title(), v.isBlank() ? null
                    : new LocalizedText(v, en(now.help())), now.fields()));
        });
        layout.add(key, zh, en, help);
        layout.setColspan(help, 2);
    }

    // ---- a field or column -----------------------------------------------------------------------------------

    private void fieldProperties(Div root) {
        FormField f = view.field(node);
        boolean column = node.kind() == Kind.COLUMN;
        root.add(new H4(t(column ? "designer.props.column" : "designer.props.field")));
        List<FieldUse> uses = column ? List.of() : view.usesOf(f);
        if (!uses.isEmpty()) {
            Div box = new Div();
            box.setId("prop-uses");
            box.addClassName("designer-uses");
            UnorderedList list = new UnorderedList();
            uses.forEach(u -> list.add(new ListItem(t(u.evidence() ? "designer.uses.evidence" : "designer.uses.field",
                    u.by(), u.title().get(view.locale()), u.article(), u.key()))));
            box.add(new Paragraph(t("designer.uses")), list);
            root.add(box);
        }
        TextField key = text("designer.prop.key", f.key(), v -> {
            if (view.keyTaken(node, v.strip())) {
                throw new IllegalArgumentException("taken");
            }
            set(f, "key", v.strip());
        });
        key.setId("prop-key");
        key.setHelperText(t("designer.prop.key.help"));
        Select<FieldType> type = new Select<>();
        type.setId("prop-type");
        type.setLabel(t("designer.prop.type"));
        type.setItems(Arrays.stream(FieldType.values()).filter(x -> !column || columnType(x)).toList());
        type.setItemLabelGenerator(x -> t("designer.type." + x.name()));
        type.setValue(f.type());
        type.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                set(f, "type", e.getValue().name());
            }
        });
        TextField labelZh = text("designer.prop.labelZh", f.label() == null ? "" : f.label().zh(),
                v -> set(f, "label", texts(v, en(current().label()))));
        labelZh.setId("prop-label");
        TextField labelEn = text("designer.prop.labelEn", f.label() == null ? "" : f.label().en(),
                v -> set(f, "label", texts(zh(current().label()), v)));
        labelEn.setId("prop-label-en");
        TextField helpZh = text("designer.prop.helpZh", f.help() == null ? "" : f.help().zh(),
                v -> set(f, "help", v.isBlank() ? null : texts(v, en(current().help()))));
        helpZh.setId("prop-help");
        TextField article = text("designer.prop.article", f.article() == null ? "" : f.article(),
                v -> set(f, "article", v.isBlank() ? null : v.strip()));
        article.setId("prop-article");
        Checkbox required = new Checkbox(t("designer.prop.required"), f.required());
        required.setId("prop-required");
        required.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                set(f, "required", e.getValue());
            }
        });
        layout.add(key, type, labelZh, labelEn, helpZh, article, required);
        typeProperties(f);
        if (!column) {
            condition(f, "visibleWhen", f.visibleWhen(), "designer.prop.visibleWhen", "prop-visible");
            condition(f, "requiredWhen", f.requiredWhen(), "designer.prop.requiredWhen", "prop-required-when");
        }
    }

    private static boolean columnType(FieldType type) {
        return type != FieldType.TABLE && type != FieldType.ATTACHMENT && type != FieldType.COMPUTED
                && type != FieldType.PERSON && type != FieldType.UNIT;
    }

    private void typeProperties(FormField f) {
        switch (f.type()) {
            case NUMBER -> {
                TextField unit = text("designer.prop.unit", f.unit() == null ? "" : f.unit(),
                        v -> set(f, "unit", v.isBlank() ? null : v.strip()));
                unit.setId("prop-unit");
                layout.add(unit, number("designer.prop.min", f.min(), v -> set(f, "min", v), "prop-min"),
                        number("designer.prop.max", f.max(), v -> set(f, "max", v), "prop-max"),
                        integer("designer.prop.decimals", f.decimals(), v -> set(f, "decimals", v), "prop-decimals"));
            }
            case TEXT, LONG_TEXT -> {
                TextField pattern = text("designer.prop.pattern", f.pattern() == null ? "" : f.pattern(),
                        v -> set(f, "pattern", v.isBlank() ? null : v));
                pattern.setId("prop-pattern");
                TextField patternMessage = text("designer.prop.patternMessage",
                        f.patternMessage() == null ? "" : f.patternMessage().zh(),
                        v -> set(f, "patternMessage", v.isBlank() ? null : texts(v, "")));
                patternMessage.setId("prop-pattern-message");
                layout.add(integer("designer.prop.maxLength", f.maxLength(), v -> set(f, "maxLength", v),
                        "prop-max-length"), pattern, patternMessage);
            }
            case CHOICE, MULTI_CHOICE -> {
                ComboBox<String> catalog = new ComboBox<>(t("designer.prop.catalog"));
                catalog.setId("prop-catalog");
                catalog.setItems(view.catalogs());
                catalog.setClearButtonVisible(true);
                catalog.setValue(f.catalog());
                catalog.setHelperText(t("designer.prop.catalog.help"));
                catalog.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        FormField changed = FormReader.with(current(), "catalog", e.getValue());
                        if (e.getValue() != null) {
                            changed = FormReader.with(changed, "options", null);
                        }
                        view.apply(node, changed);
                    }
                });
                TextArea options = area("designer.prop.options", options(f.options()), v -> set(f, "options",
                        parseOptions(v)));
                options.setId("prop-options");
                options.setHelperText(t("designer.prop.options.help"));
                layout.add(catalog, options);
            }
            case PERSON -> {
                ComboBox<String> catalog = new ComboBox<>(t("designer.prop.titleCatalog"));
                catalog.setItems(view.catalogs());
                catalog.setValue(f.titleCatalog());
                catalog.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        set(f, "catalog", e.getValue());
                    }
                });
                layout.add(catalog);
            }
            case DECLARATION -> {
                TextArea text = area("designer.prop.declaration", f.text() == null ? "" : f.text().zh(),
                        v -> set(f, "text", v.isBlank() ? null : texts(v, en(current().text()))));
                text.setId("prop-declaration");
                layout.add(text);
                layout.setColspan(text, 2);
            }
            case TABLE -> layout.add(
                    integer("designer.prop.minRows", f.minRows(), v -> set(f, "minRows", v), "prop-min-rows"),
                    integer("designer.prop.maxRows", f.maxRows(), v -> set(f, "maxRows", v), "prop-max-rows"),
                    new Paragraph(t("designer.prop.columns.help")));
            case ATTACHMENT -> {
                MultiSelectComboBox<String> accept = new MultiSelectComboBox<>(t("designer.prop.accept"));
                accept.setId("prop-accept");
                accept.setItems(FILE_TYPES);
                accept.setValue(new java.util.LinkedHashSet<>(f.accept()));
                accept.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        set(f, "accept", FILE_TYPES.stream().filter(e.getValue()::contains).toList());
                    }
                });
                TextField evidence = text("designer.prop.evidence", f.evidence() == null ? "" : f.evidence(),
                        v -> set(f, "evidence", v.isBlank() ? null : v.strip()));
                evidence.setId("prop-evidence");
                layout.add(accept, integer("designer.prop.maxSizeMb", f.maxSizeMb(), v -> set(f, "maxSizeMb", v),
                        "prop-max-size"), integer("designer.prop.maxFiles", f.maxFiles(), v -> set(f, "maxFiles", v),
                        "prop-max-files"), evidence);
            }
            case COMPUTED -> {
                List<String> sums = new ArrayList<>();
                view.definition().fields().filter(x -> x.type() == FieldType.TABLE).forEach(table ->
                        table.columns().stream().filter(c -> c.type() == FieldType.NUMBER)
                                .forEach(c -> sums.add(table.key() + "." + c.key())));
                ComboBox<String> sum = new ComboBox<>(t("designer.prop.sum"));
                sum.setId("prop-sum");
                sum.setItems(sums);
                sum.setValue(f.sum());
                sum.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        set(f, "sum", e.getValue());
                    }
                });
                TextField unit = text("designer.prop.unit", f.unit() == null ? "" : f.unit(),
                        v -> set(f, "unit", v.isBlank() ? null : v.strip()));
                layout.add(sum, unit);
            }
            default -> {
                // no properties of its own
            }
        }
    }

    /** A condition on another field: which field, how it compares, with which values. */
    private void condition(FormField f, String property, @Nullable VisibleWhen current, String labelKey, String id) {
        List<String> others = view.definition().fields().map(FormField::key).filter(k -> !k.equals(f.key())).toList();
        ComboBox<String> on = new ComboBox<>(t(labelKey));
        on.setId(id + "-field");
        on.setItems(others);
        on.setItemLabelGenerator(this::label);
        on.setClearButtonVisible(true);
        on.setValue(current == null ? null : current.field());
        Select<String> mode = new Select<>();
        mode.setId(id + "-mode");
        mode.setLabel(t("designer.condition.mode"));
        mode.setItems("equals", "in", "notEmpty");
        mode.setItemLabelGenerator(m -> t("designer.condition." + m));
        mode.setValue(current == null ? "equals" : Boolean.TRUE.equals(current.notEmpty()) ? "notEmpty"
                : !current.in().isEmpty() ? "in" : "equals");
        ComboBox<String> values = new ComboBox<>(t("designer.condition.values"));
        values.setId(id + "-values");
        values.setAllowCustomValue(true);
        values.setHelperText(t("designer.condition.values.help"));
        Runnable fillValues = () -> {
            List<String> codes = new ArrayList<>();
            view.definition().field(on.getValue() == null ? "" : on.getValue()).ifPresent(other -> {
                other.options().forEach(o -> codes.add(o.code()));
                if (other.type() == FieldType.YES_NO || other.type() == FieldType.DECLARATION) {
                    codes.add("true");
                    codes.add("false");
                }
                if (other.catalog() != null && other.options().isEmpty()) {
                    codes.addAll(view.catalogCodes(other.catalog()));
                }
            });
            values.setItems(codes);
        };
        fillValues.run();
        String currentValues = current == null ? "" : current.equals() != null ? current.equals()
                : String.join(",", current.in());
        values.setValue(currentValues.isEmpty() ? null : currentValues);
        values.addCustomValueSetListener(e -> values.setValue(e.getDetail()));
        Runnable apply = () -> {
            if (on.getValue() == null) {
                set(f, property, null);
                return;
            }
            Map<String, Object> condition = new LinkedHashMap<>();
            condition.put("field", on.getValue());
            String v = values.getValue() == null ? "" : values.getValue().strip();
            if (v.isEmpty() && !"notEmpty".equals(mode.getValue())) {
                // a condition with nothing to compare would hide the field for good: wait for its values
                values.setErrorMessage(t("designer.condition.values.required"));
                values.setInvalid(true);
                return;
            }
            values.setInvalid(false);
            switch (mode.getValue()) {
                case "notEmpty" -> condition.put("notEmpty", true);
                case "in" -> condition.put("in", Arrays.stream(v.split("[,，]")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList());
                default -> condition.put("equals", v);
            }
            set(f, property, condition);
        };
        on.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fillValues.run();
                if (e.getValue() == null || "notEmpty".equals(mode.getValue()) || values.getValue() != null) {
                    apply.run();
                }
            }
        });
        mode.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                apply.run();
            }
        });
        values.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                if (!java.util.Objects.equals(e.getOldValue(), e.getValue())) {
                    apply.run();
                }
            }
        });
        HorizontalLayout line = new HorizontalLayout(on, mode, values);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setWidthFull();
        layout.add(line);
        layout.setColspan(line, 2);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /**
     * Applies one changed property to the field as it is now (the panel stays open across changes, so what it was
     * built from may be older).
     */
    private void set(FormField builtFrom, String property, @Nullable Object value) {
        view.apply(node, FormReader.with(current(), property, value));
    }

    private FormField current() {
        return view.field(node);
    }

    private static String zh(@Nullable LocalizedText text) {
        return text == null ? "" : text.zh();
    }

    private static String en(@Nullable LocalizedText text) {
        return text == null ? "" : text.en();
    }

    private static Map<String, String> texts(String zh, String en) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("zh", zh.strip());
        m.put("en", en.strip());
        return m;
    }

    private TextField text(String labelKey, String value, Consumer<String> onChange) {
        return bind(new TextField(t(labelKey)), value, onChange);
    }

    private TextArea area(String labelKey, String value, Consumer<String> onChange) {
        return bind(new TextArea(t(labelKey)), value, onChange);
    }

    /** Applies a text the user typed once it is complete; a text the definition cannot hold is refused at it. */
    private <F extends TextFieldBase<F, String>> F bind(F field, String value, Consumer<String> onChange) {
        field.setValue(value);
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                try {
                    onChange.accept(e.getValue());
                } catch (RuntimeException ex) {
                    field.setErrorMessage(t("taken".equals(ex.getMessage()) ? "designer.prop.keyTaken"
                            : "designer.prop.invalidValue"));
                    field.setInvalid(true);
                }
            }
        });
        return field;
    }

    private BigDecimalField number(String labelKey, @Nullable BigDecimal value, Consumer<@Nullable BigDecimal> onChange,
                                   String id) {
        BigDecimalField field = new BigDecimalField(t(labelKey));
        field.setId(id);
        field.setValue(value);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(e.getValue());
            }
        });
        return field;
    }

    private IntegerField integer(String labelKey, @Nullable Integer value, Consumer<@Nullable Integer> onChange,
                                 String id) {
        IntegerField field = new IntegerField(t(labelKey));
        field.setId(id);
        field.setValue(value);
        field.setMin(0);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(e.getValue());
            }
        });
        return field;
    }

    private String options(List<FormOption> options) {
        StringBuilder sb = new StringBuilder();
        for (FormOption o : options) {
            sb.append(o.code()).append('=').append(o.label().zh());
            if (!o.label().en().isBlank() && !o.label().en().equals(o.label().zh())) {
                sb.append('|').append(o.label().en());
            }
            sb.append('\n');
        }
        return sb.toString().strip();
    }

    /** {@code CODE=中文|English} per line. */
    private static @Nullable List<Map<String, Object>> parseOptions(String text) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            int eq = l.indexOf('=');
            String code = eq < 0 ? l : l.substring(0, eq).strip();
            String names = eq < 0 ? l : l.substring(eq + 1).strip();
            int bar = names.indexOf('|');
            String zh = bar < 0 ? names : names.substring(0, bar).strip();
            String en = bar < 0 ? "" : names.substring(bar + 1).strip();
            out.add(Map.of("code", code, "label", texts(zh, en)));
        }
        return out.isEmpty() ? null : out;
    }
}
