package org.ticportal.ui.formdesign;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.ticportal.core.form.DefinitionEdits.Edited;
import org.ticportal.core.form.DefinitionPath;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.policy.api.LocalizedText;

/** The form's own properties: its title, its layout (tabs or steps) and its checks across fields. */
final class FormPanel extends PropertyPanel {

    FormPanel(DesignContext context) {
        super(context, DefinitionPath.form());
        build();
    }

    @Override
    protected void fill() {
        FormDefinition d = context.definition();
        getContent().add(new H4(t("designer.props.form")));
        TextField zh = text("designer.prop.titleZh", zh(d.title()), v -> {
            LocalizedText title = new LocalizedText(v, en(context.definition().title()));
            fire(now -> new Edited(now.withTitle(title), path));
        });
        zh.setId("prop-form-title");
        TextField en = text("designer.prop.titleEn", en(d.title()), v -> {
            LocalizedText title = new LocalizedText(zh(context.definition().title()), v);
            fire(now -> new Edited(now.withTitle(title), path));
        });
        Select<FormDefinition.Layout> layoutSelect = new Select<>();
        layoutSelect.setLabel(t("designer.prop.layout"));
        layoutSelect.setItems(FormDefinition.Layout.values());
        layoutSelect.setItemLabelGenerator(l -> t("designer.layout." + l.name()));
        layoutSelect.setValue(d.layout());
        layoutSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fire(now -> new Edited(now.withLayout(e.getValue()), path));
            }
        });
        layout.add(zh, en, layoutSelect);
        ConstraintEditor constraints = new ConstraintEditor(context);
        constraints.addEditListener(e -> fireEvent(new DefinitionEditEvent(this, e::applyTo)));
        getContent().add(layout, constraints);
    }
}
