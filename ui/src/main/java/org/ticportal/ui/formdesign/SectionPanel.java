package org.ticportal.ui.formdesign;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.ticportal.core.form.DefinitionEdits;
import org.ticportal.core.form.DefinitionPath;
import org.ticportal.core.form.FormSection;
import org.ticportal.policy.api.LocalizedText;

/** A section's properties: its key, title and help text. */
final class SectionPanel extends PropertyPanel {

    SectionPanel(DesignContext context, DefinitionPath path) {
        super(context, path);
        build();
    }

    private FormSection section() {
        return DefinitionEdits.section(context.definition(), path).orElseThrow();
    }

    @Override
    protected void fill() {
        FormSection s = section();
        getContent().add(new H4(t("designer.props.section")));
        TextField key = key("prop-section-key", s.key(), v -> change(section().withKey(v)));
        TextField zh = text("designer.prop.titleZh", zh(s.title()), v -> {
            FormSection now = section();
            change(now.withTitle(new LocalizedText(v, en(now.title()))));
        });
        zh.setId("prop-section-title");
        TextField en = text("designer.prop.titleEn", en(s.title()), v -> {
            FormSection now = section();
            change(now.withTitle(new LocalizedText(zh(now.title()), v)));
        });
        TextArea help = area("designer.prop.helpZh", zh(s.help()), v -> {
            FormSection now = section();
            change(now.withHelp(v.isBlank() ? null : new LocalizedText(v, en(now.help()))));
        });
        layout.add(key, zh, en, help);
        layout.setColspan(help, 2);
    }

    private void change(FormSection changed) {
        fire(d -> DefinitionEdits.replace(d, path, changed));
    }
}
