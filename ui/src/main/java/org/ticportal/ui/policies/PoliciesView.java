package org.ticportal.ui.policies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import org.ticportal.core.common.BusinessException;
import org.ticportal.core.form.FormService;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.core.policy.Jurisdiction;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.policy.PolicySettingsService;
import org.ticportal.core.policy.SettingChange;
import org.ticportal.core.policy.SettingValue;
import org.ticportal.policy.api.setting.SettingDefinition;
import org.ticportal.ui.base.DatePickers;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.ViewTitles;

/**
 * 政策配置: which policy each jurisdiction's new applications are filed under, and the settings of a policy — the
 * values its measures leave open — in a form built from the plugin's declarations. Also lists what does not fit
 * between a policy's rules, steps and forms.
 */
@Route("admin/policies")
@Menu(title = "nav.policies", order = 25, icon = "vaadin:sliders")
@RolesAllowed("ADMIN")
public class PoliciesView extends VerticalLayout implements HasDynamicTitle {

    private final JurisdictionPolicyService jurisdictions;
    private final PolicySettingsService settings;
    private final FormService forms;
    private final Grid<Jurisdiction> grid = new Grid<>();
    private final VerticalLayout settingsArea = new VerticalLayout();

    PoliciesView(JurisdictionPolicyService jurisdictions, PolicySettingsService settings, PolicyService policies,
                 FormService forms) {
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.forms = forms;
        addClassName("policies-view");
        setSizeFull();
        Locale locale = getLocale();
        grid.setId("jurisdictions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Jurisdiction::code).setHeader(getTranslation("policy.jurisdictionCode")).setAutoWidth(true);
        grid.addColumn(j -> j.name().get(locale)).setHeader(getTranslation("policy.jurisdiction")).setAutoWidth(true);
        grid.addComponentColumn(this::chooser).setHeader(getTranslation("policy.active")).setFlexGrow(3);
        grid.setAllRowsVisible(true);

        Select<StartedPolicy> policy = new Select<>();
        policy.setId("settings-policy");
        policy.setLabel(getTranslation("policy.settingsOf"));
        policy.setItems(policies.startedPolicies());
        policy.setItemLabelGenerator(p -> p.identity().jurisdiction().get(locale) + " · "
                + p.identity().title().get(locale) + "（" + p.pin().pluginVersion() + "）");
        policy.setWidth("min(44em, 100%)");
        policy.addValueChangeListener(e -> showSettings(e.getValue()));
        settingsArea.setPadding(false);

        add(new H3(getTranslation("policy.assignments")), new Paragraph(getTranslation("policy.assignments.help")),
                grid, new RouterLink(getTranslation("nav.compare"), PolicyCompareView.class),
                new H3(getTranslation("policy.settings")), policy, settingsArea);
        grid.setItems(jurisdictions.jurisdictions());
        if (!policies.startedPolicies().isEmpty()) {
            policy.setValue(policies.startedPolicies().get(0));
        }
    }

    private Component chooser(Jurisdiction j) {
        Select<StartedPolicy> select = new Select<>();
        select.setId("assign-" + j.code());
        select.setItems(j.policies());
        select.setItemLabelGenerator(p -> p.identity().title().get(getLocale()) + "（" + p.policyId() + " "
                + p.pin().pluginVersion() + "）");
        select.setWidthFull();
        if (j.active() != null) {
            select.setValue(j.active());
        }
        select.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            try {
                jurisdictions.assign(j.code(), e.getValue().policyId());
                Messages.success(this, "policy.assigned", j.name().get(getLocale()), e.getValue().policyId());
            } catch (RuntimeException ex) {
                Messages.error(this, "error.message", Messages.describe(this, ex));
            }
            grid.setItems(jurisdictions.jurisdictions());
        });
        return select;
    }

    private void showSettings(StartedPolicy policy) {
        settingsArea.removeAll();
        if (policy == null) {
            return;
        }
        List<SettingValue> values = settings.settings(policy.policyId());
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
        for (SettingValue v : values) {
            HasValue<?, ?> field = field(v);
            fields.put(v.definition().key(), field);
            form.add((Component) field);
        }
        if (values.isEmpty()) {
            settingsArea.add(new Paragraph(getTranslation("policy.settings.none")));
        } else {
            Button save = new Button(getTranslation("action.save"), e -> save(policy, values, fields));
            save.setId("settings-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            settingsArea.add(form, save);
        }
        List<String> problems = forms.consistencyProblems(policy.pin());
        if (!problems.isEmpty()) {
            UnorderedList list = new UnorderedList();
            problems.forEach(p -> list.add(new ListItem(p)));
            Paragraph warning = new Paragraph(getTranslation("policy.consistency"));
            warning.addClassName("notice");
            settingsArea.add(warning, list);
        }
    }

    private HasValue<?, ?> field(SettingValue v) {
        SettingDefinition d = v.definition();
        String label = d.label().get(getLocale());
        String help = d.help().get(getLocale()) + (d.article().isBlank() ? "" : " · " + getTranslation(
                "form.article", d.article())) + (v.overridden() ? "" : " · " + getTranslation("policy.default"));
        HasValue<?, ?> field = switch (d.type()) {
            case BOOLEAN -> {
                Checkbox c = new Checkbox(label, Boolean.parseBoolean(v.value()));
                c.setTooltipText(help);
                yield c;
            }
            case TIME -> {
                TimePicker t = new TimePicker(label);
                t.setValue(v.value().isBlank() ? null : java.time.LocalTime.parse(v.value()));
                t.setHelperText(help);
                yield t;
            }
            case DATE -> {
                DatePicker p = DatePickers.localized(new DatePicker(label), getLocale(), this::getTranslation);
                p.setValue(v.value().isBlank() ? null : java.time.LocalDate.parse(v.value()));
                p.setHelperText(help);
                yield p;
            }
            case CHOICE -> {
                Select<String> s = new Select<>();
                s.setLabel(label);
                s.setItems(d.choices());
                s.setValue(v.value());
                s.setHelperText(help);
                yield s;
            }
            default -> {
                TextField t = new TextField(label);
                t.setValue(v.value());
                t.setHelperText(help);
                yield t;
            }
        };
        ((Component) field).setId("setting-" + d.key().replace('.', '-'));
        return field;
    }

    private void save(StartedPolicy policy, List<SettingValue> values, Map<String, HasValue<?, ?>> fields) {
        List<SettingChange> changes = new ArrayList<>();
        for (SettingValue v : values) {
            Object raw = fields.get(v.definition().key()).getValue();
            String text = raw == null ? "" : raw instanceof java.time.LocalTime t
                    ? t.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")) : raw.toString();
            changes.add(new SettingChange(v.definition().key(), text, v.version()));
            if (fields.get(v.definition().key()) instanceof HasValidation hv) {
                hv.setInvalid(false);
            }
        }
        try {
            settings.save(policy.policyId(), changes);
            Messages.success(this, "policy.settings.saved");
            showSettings(policy);
        } catch (BusinessException e) {
            if (e.getField() != null && fields.get(e.getField()) instanceof HasValidation hv) {
                hv.setErrorMessage(Messages.describe(this, e));
                hv.setInvalid(true);
            } else {
                Messages.error(this, "error.message", Messages.describe(this, e));
            }
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.policies");
    }
}
