package org.ticportal.ui.formdesign;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.ticportal.core.form.DefinitionPath;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FieldUse;
import org.ticportal.core.form.FormField;

/**
 * A field's or a table column's properties: the rules that read it, its key, type, texts, article and requirement,
 * the properties of its type ({@link TypeProperties}), and for a field the conditions on other fields that show it or
 * make it required ({@link ConditionEditor}). A column offers the types a column can have and no conditions.
 */
final class FieldPanel extends PropertyPanel {

    FieldPanel(DesignContext context, DefinitionPath path) {
        super(context, path);
        build();
    }

    private boolean column() {
        return path.level() == DefinitionPath.Level.COLUMN;
    }

    @Override
    protected void fill() {
        FormField f = current();
        getContent().add(new H4(t(column() ? "designer.props.column" : "designer.props.field")));
        List<FieldUse> uses = column() ? List.of() : context.usesOf(f);
        if (!uses.isEmpty()) {
            Div box = new Div();
            box.setId("prop-uses");
            box.addClassName("designer-uses");
            UnorderedList list = new UnorderedList();
            uses.forEach(u -> list.add(new ListItem(t(u.evidence() ? "designer.uses.evidence" : "designer.uses.field",
                    u.by(), u.title().get(getLocale()), u.article(), u.key()))));
            box.add(new Paragraph(t("designer.uses")), list);
            getContent().add(box);
        }
        TextField key = key("prop-key", f.key(), v -> set(x -> x.withKey(v)));
        key.setHelperText(t("designer.prop.key.help"));
        Select<FieldType> type = new Select<>();
        type.setId("prop-type");
        type.setLabel(t("designer.prop.type"));
        type.setItems(Arrays.stream(FieldType.values()).filter(x -> !column() || columnType(x)).toList());
        type.setItemLabelGenerator(x -> t("designer.type." + x.name()));
        type.setValue(f.type());
        type.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                set(x -> x.withType(e.getValue()));
            }
        });
        TextField labelZh = text("designer.prop.labelZh", zh(f.label()),
                v -> set(x -> x.withLabel(texts(v, en(x.label())))));
        labelZh.setId("prop-label");
        TextField labelEn = text("designer.prop.labelEn", en(f.label()),
                v -> set(x -> x.withLabel(texts(zh(x.label()), v))));
        labelEn.setId("prop-label-en");
        TextField helpZh = text("designer.prop.helpZh", zh(f.help()),
                v -> set(x -> x.withHelp(v.isBlank() ? null : texts(v, en(x.help())))));
        helpZh.setId("prop-help");
        TextField article = text("designer.prop.article", f.article() == null ? "" : f.article(),
                v -> set(x -> x.withArticle(blankToNull(v))));
        article.setId("prop-article");
        Checkbox required = new Checkbox(t("designer.prop.required"), f.required());
        required.setId("prop-required");
        required.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                set(x -> x.withRequired(e.getValue()));
            }
        });
        layout.add(key, type, labelZh, labelEn, helpZh, article, required);
        new TypeProperties(this, layout, context).add(f);
        if (!column()) {
            condition(new ConditionEditor(context, path, FormField::visibleWhen, FormField::withVisibleWhen,
                    "designer.prop.visibleWhen", "prop-visible"));
            condition(new ConditionEditor(context, path, FormField::requiredWhen, FormField::withRequiredWhen,
                    "designer.prop.requiredWhen", "prop-required-when"));
        }
    }

    private void condition(ConditionEditor editor) {
        editor.addEditListener(e -> fireEvent(new DefinitionEditEvent(this, e::applyTo)));
        layout.add(editor);
        layout.setColspan(editor, 2);
    }

    /** Whether a table column can have this type. */
    static boolean columnType(FieldType type) {
        return type != FieldType.TABLE && type != FieldType.ATTACHMENT && type != FieldType.COMPUTED
                && type != FieldType.PERSON && type != FieldType.UNIT;
    }
}
