package org.ticportal.ui.formdesign;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FormField;
import org.ticportal.core.form.FormOption;
import org.ticportal.policy.api.LocalizedText;

/**
 * The properties of a field's type, one family at a time: a number's unit, range and decimals; a text's length and
 * pattern; a choice's catalog or options; a person's title catalog; a declaration's text; a table's rows; an
 * attachment's file types, size, count and evidence; a computed field's sum.
 */
final class TypeProperties {

    private static final List<String> FILE_TYPES = List.of("pdf", "jpg", "png", "docx", "xlsx", "ofd", "zip");

    private final PropertyPanel panel;
    private final FormLayout layout;
    private final DesignContext context;

    TypeProperties(PropertyPanel panel, FormLayout layout, DesignContext context) {
        this.panel = panel;
        this.layout = layout;
        this.context = context;
    }

    private void set(UnaryOperator<FormField> change) {
        panel.set(change);
    }

    private String t(String key) {
        return panel.t(key);
    }

    void add(FormField f) {
        switch (f.type()) {
            case NUMBER -> number(f);
            case TEXT, LONG_TEXT -> text(f);
            case CHOICE, MULTI_CHOICE -> choice(f);
            case PERSON -> person(f);
            case DECLARATION -> declaration(f);
            case TABLE -> layout.add(
                    panel.integer("designer.prop.minRows", f.minRows(), v -> set(x -> x.withMinRows(v)),
                            "prop-min-rows"),
                    panel.integer("designer.prop.maxRows", f.maxRows(), v -> set(x -> x.withMaxRows(v)),
                            "prop-max-rows"),
                    new Paragraph(t("designer.prop.columns.help")));
            case ATTACHMENT -> attachment(f);
            case COMPUTED -> computed(f);
            default -> {
                // no properties of its own
            }
        }
    }

    private TextField unit(FormField f) {
        return panel.text("designer.prop.unit", f.unit() == null ? "" : f.unit(),
                v -> set(x -> x.withUnit(PropertyPanel.blankToNull(v))));
    }

    private void number(FormField f) {
        TextField unit = unit(f);
        unit.setId("prop-unit");
        layout.add(unit, panel.number("designer.prop.min", f.min(), v -> set(x -> x.withMin(v)), "prop-min"),
                panel.number("designer.prop.max", f.max(), v -> set(x -> x.withMax(v)), "prop-max"),
                panel.integer("designer.prop.decimals", f.decimals(), v -> set(x -> x.withDecimals(v)),
                        "prop-decimals"));
    }

    private void text(FormField f) {
        TextField pattern = panel.text("designer.prop.pattern", f.pattern() == null ? "" : f.pattern(),
                v -> set(x -> x.withPattern(v.isBlank() ? null : v)));
        pattern.setId("prop-pattern");
        TextField patternMessage = panel.text("designer.prop.patternMessage",
                f.patternMessage() == null ? "" : f.patternMessage().zh(),
                v -> set(x -> x.withPatternMessage(v.isBlank() ? null : PropertyPanel.texts(v, ""))));
        patternMessage.setId("prop-pattern-message");
        layout.add(panel.integer("designer.prop.maxLength", f.maxLength(), v -> set(x -> x.withMaxLength(v)),
                "prop-max-length"), pattern, patternMessage);
    }

    private void choice(FormField f) {
        ComboBox<String> catalog = new ComboBox<>(t("designer.prop.catalog"));
        catalog.setId("prop-catalog");
        catalog.setItems(context.catalogs());
        catalog.setClearButtonVisible(true);
        catalog.setValue(f.catalog());
        catalog.setHelperText(t("designer.prop.catalog.help"));
        catalog.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                // a catalog replaces inline options
                set(x -> e.getValue() == null ? x.withCatalog(null) : x.withCatalog(e.getValue()).withOptions(null));
            }
        });
        TextArea options = panel.area("designer.prop.options", options(f.options()),
                v -> set(x -> x.withOptions(parseOptions(v))));
        options.setId("prop-options");
        options.setHelperText(t("designer.prop.options.help"));
        layout.add(catalog, options);
    }

    private void person(FormField f) {
        ComboBox<String> catalog = new ComboBox<>(t("designer.prop.titleCatalog"));
        catalog.setItems(context.catalogs());
        catalog.setValue(f.titleCatalog());
        catalog.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                set(x -> x.withCatalog(e.getValue()));
            }
        });
        layout.add(catalog);
    }

    private void declaration(FormField f) {
        TextArea text = panel.area("designer.prop.declaration", f.text() == null ? "" : f.text().zh(),
                v -> set(x -> x.withText(v.isBlank() ? null : PropertyPanel.texts(v, PropertyPanel.en(x.text())))));
        text.setId("prop-declaration");
        layout.add(text);
        layout.setColspan(text, 2);
    }

    private void attachment(FormField f) {
        MultiSelectComboBox<String> accept = new MultiSelectComboBox<>(t("designer.prop.accept"));
        accept.setId("prop-accept");
        accept.setItems(FILE_TYPES);
        accept.setValue(new LinkedHashSet<>(f.accept()));
        accept.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                set(x -> x.withAccept(FILE_TYPES.stream().filter(e.getValue()::contains).toList()));
            }
        });
        TextField evidence = panel.text("designer.prop.evidence", f.evidence() == null ? "" : f.evidence(),
                v -> set(x -> x.withEvidence(PropertyPanel.blankToNull(v))));
        evidence.setId("prop-evidence");
        layout.add(accept, panel.integer("designer.prop.maxSizeMb", f.maxSizeMb(),
                        v -> set(x -> x.withMaxSizeMb(v)), "prop-max-size"),
                panel.integer("designer.prop.maxFiles", f.maxFiles(), v -> set(x -> x.withMaxFiles(v)),
                        "prop-max-files"), evidence);
    }

    private void computed(FormField f) {
        List<String> sums = new ArrayList<>();
        context.definition().fields().filter(x -> x.type() == FieldType.TABLE).forEach(table ->
                table.columns().stream().filter(c -> c.type() == FieldType.NUMBER)
                        .forEach(c -> sums.add(table.key() + "." + c.key())));
        ComboBox<String> sum = new ComboBox<>(t("designer.prop.sum"));
        sum.setId("prop-sum");
        sum.setItems(sums);
        sum.setValue(f.sum());
        sum.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                set(x -> x.withSum(e.getValue()));
            }
        });
        layout.add(sum, unit(f));
    }

    /** {@code CODE=中文|English} per line. */
    static String options(List<FormOption> options) {
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

    /** The options written one a line as {@code CODE=中文|English}; none when the text has no line. */
    static @Nullable List<FormOption> parseOptions(String text) {
        List<FormOption> out = new ArrayList<>();
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
            out.add(new FormOption(code, new LocalizedText(zh, en)));
        }
        return out.isEmpty() ? null : out;
    }
}
