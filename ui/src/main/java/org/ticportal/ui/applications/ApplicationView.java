package org.ticportal.ui.applications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.call.CallService;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.ApplicationFileService;
import org.ticportal.core.application.ApplicationForms;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.expert.ExpertPanelService;
import org.ticportal.core.user.UserService;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.experts.PanelSummary;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistItem;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.AvailableAction;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormService;
import org.ticportal.core.form.FormValidationException;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.ViewTitles;
import org.ticportal.ui.forms.AttachmentSupport;
import org.ticportal.ui.forms.Catalogs;
import org.ticportal.ui.forms.FormRenderer;
import org.ticportal.core.application.FormVersionInfo;

/**
 * One application: where it stands in its policy's procedure, its form (editable by the applicant while it is a
 * draft), the eligibility self-check with the article of every condition and who verified it, the reviewers'
 * checklist, the steps the user may take now, every version of its documents, its history, and the application as a
 * PDF for stamping. The facts at its head are {@link ApplicationFacts}; the eligibility tab is {@link EligibilityTab},
 * the checklist {@link ChecklistPanel}, the documents {@link DocumentsTab} and the history {@link StepHistory}; the
 * form, the draft it saves and the steps stay here.
 */
@Route("applications/:id")
@RolesAllowed({"ADMIN", "BUREAU", "COUNTY", "APPLICANT"})
public class ApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ApplicationService applications;
    private final ApplicationForms applicationForms;
    private final AttachmentService attachments;
    private final FormService forms;
    private final PolicyService policies;
    private final ExpertPanelService panels;
    private final UserService users;
    private final ChecklistService checklist;
    private final ApplicationFileService files;
    private final CallService calls;
    private final CenterService centers;
    private final org.ticportal.core.application.SimplifiedProcedure simplified;
    private final org.ticportal.core.conversion.EngineeringCenterService engineeringCenters;
    private long id;
    private @Nullable ApplicationDetail detail;
    private @Nullable FormRenderer renderer;
    /** The eligibility tab, whose warnings' explanations are saved with the draft. */
    private @Nullable EligibilityTab eligibility;
    private String title = "";

    ApplicationView(ApplicationService applications, ApplicationForms applicationForms, AttachmentService attachments,
                    FormService forms,
                    PolicyService policies, ExpertPanelService panels, UserService users, ChecklistService checklist,
                    ApplicationFileService files, CallService calls, CenterService centers,
                    org.ticportal.core.application.SimplifiedProcedure simplified,
                    org.ticportal.core.conversion.EngineeringCenterService engineeringCenters) {
        this.simplified = simplified;
        this.engineeringCenters = engineeringCenters;
        this.calls = calls;
        this.centers = centers;
        this.panels = panels;
        this.users = users;
        this.checklist = checklist;
        this.files = files;
        this.applications = applications;
        this.applicationForms = applicationForms;
        this.attachments = attachments;
        this.forms = forms;
        this.policies = policies;
        addClassName("application-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(applications.get(id, true));
        } catch (NumberFormatException e) {
            event.forwardTo(ApplicationsView.class);
        } catch (RuntimeException e) {
            removeAll();
            add(new Paragraph(Messages.describe(this, e)));
        }
    }

    private void show(ApplicationDetail d) {
        show(d, 0);
    }

    private void show(ApplicationDetail d, int selectedTab) {
        this.detail = d;
        removeAll();
        eligibility = null;
        Locale locale = getLocale();
        var row = d.row();
        title = row.fullName() == null ? row.referenceNo() : row.fullName();
        H2 heading = new H2(title);
        heading.setId("application-title");
        add(heading);

        add(new ApplicationFacts(d, id, calls, files));
        org.ticportal.ui.conversion.ConversionParts.applicationBadge(this, simplified, engineeringCenters, id)
                .ifPresent(this::add);
        centers.forApplication(id).ifPresent(c -> {
            RouterLink center = new RouterLink(getTranslation("centers.ofApplication", c.name()),
                    org.ticportal.ui.centers.CenterView.class, new RouteParameters("id", Long.toString(c.id())));
            center.setId("application-center");
            add(center);
        });
        RouterLink timeline = new RouterLink(getTranslation("timeline.open"), org.ticportal.ui.centers.TimelineView.class,
                new RouteParameters("id", Long.toString(id)));
        timeline.setId("application-timeline");
        add(timeline);
        // 审计记录: the application's own trail, for administrators and auditors
        org.ticportal.ui.audit.AuditView.button(org.ticportal.core.audit.AuditSubject.APPLICATION, id)
                .ifPresent(this::add);
        if (!policies.isRunning(row.pin())) {
            Paragraph pinned = new Paragraph(getTranslation("application.pinnedOld", row.pin().policyId(),
                    row.pin().pluginVersion()));
            pinned.addClassName("notice");
            pinned.setId("application-pinned");
            add(pinned);
        }
        add(ApplicationFacts.progress(d, locale));
        PanelSummary.of(this, panels, d, users.currentScope().role()).ifPresent(this::add);

        boolean editable = d.editable();
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.setId("application-tabs");
        List<ChecklistItem> items = checklistItems();
        tabs.add(getTranslation("application.tab.form"), formTab(d, editable));
        eligibility = new EligibilityTab(applications, id, d, editable, items, () -> saveDraft(false));
        tabs.add(getTranslation("application.tab.eligibility"), eligibility);
        tabs.add(getTranslation("checklist.tab"), new ChecklistPanel(checklist, id,
                () -> show(applications.get(id, true), 2)));
        tabs.add(getTranslation("application.tab.actions"), actionsTab(d));
        tabs.add(getTranslation("documents.tab"), new DocumentsTab(attachments, applications, id, this::labelOf));
        tabs.add(getTranslation("application.tab.history"), new StepHistory(applications, applicationForms, id, d,
                Catalogs.of(forms, d.row().pin())));
        tabs.setSelectedIndex(selectedTab);
        add(tabs);
        expand(tabs);
    }

    private VerticalLayout formTab(ApplicationDetail d, boolean editable) {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        FormDefinition form = applicationForms.form(id);
        FormRenderer r = new FormRenderer(form, getLocale(), Catalogs.of(forms, d.row().pin()),
                AttachmentSupport.of(attachments, id, form.code(), this::reloadVersion));
        r.setId("application-form");
        r.setValues(d.values());
        r.setReadOnly(!editable);
        r.setFixedFields(applicationForms.registeredUnitFields(id));
        r.setHiddenFields(applicationForms.hiddenFields(id));
        this.renderer = r;
        if (editable) {
            Button save = new Button(getTranslation("action.save"), Icons.create(VaadinIcon.CHECK), e -> saveDraft(true));
            save.setId("application-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            tab.add(new HorizontalLayout(save, new Span(getTranslation("application.draftHelp"))));
        }
        tab.add(formVersionBar(), r);
        return tab;
    }

    /** Which version of the form this is, and (for a draft) the way to the version in use now. */
    private Component formVersionBar() {
        FormVersionInfo info = applicationForms.formVersion(id);
        Span which = new Span(info.number() == 0 ? getTranslation("application.formVersion.shipped")
                : getTranslation("application.formVersion", info.number()));
        which.setId("application-form-version");
        which.addClassName("field-help");
        HorizontalLayout bar = new HorizontalLayout(which);
        bar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        if (info.canMove()) {
            Span newer = new Span(getTranslation("application.formVersion.newer", info.currentNumber()));
            Button move = new Button(getTranslation("application.formVersion.move"), Icons.create(VaadinIcon.REFRESH),
                    e -> moveToCurrentForm());
            move.setId("application-form-move");
            move.addThemeVariants(ButtonVariant.LUMO_SMALL);
            bar.add(newer, move);
        }
        return bar;
    }

    private void moveToCurrentForm() {
        // what is typed but not saved goes with the move when it can be saved; otherwise the move waits
        if (renderer != null && !saveDraft(false)) {
            return;
        }
        try {
            List<String> dropped = applicationForms.moveToCurrentForm(id, detail.row().version());
            if (dropped.isEmpty()) {
                Messages.success(this, "application.formVersion.moved");
            } else {
                Messages.success(this, "application.formVersion.movedDropped", String.join("、", dropped));
            }
            show(applications.get(id, true));
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
    }

    /** Reads the application again after a file changed it, keeping what is typed in the form. */
    private void reloadVersion() {
        try {
            detail = applications.get(id);
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
    }

    /** Saves the draft; returns whether it was saved. */
    private boolean saveDraft(boolean notify) {
        ApplicationDetail d = detail;
        FormRenderer r = renderer;
        if (d == null || r == null) {
            return false;
        }
        Map<String, String> texts = new LinkedHashMap<>(d.explanations());
        EligibilityTab checks = eligibility;
        if (checks != null) {
            checks.explanations().forEach((rule, field) -> texts.put(rule, field.getValue()));
        }
        try {
            r.clearProblems();
            ApplicationDetail saved = applications.saveDraft(id, d.row().version(), r.getValues(), texts);
            if (notify) {
                Messages.success(this, "application.saved");
                show(saved);
            } else {
                detail = saved;
            }
            return true;
        } catch (FormValidationException e) {
            r.showProblems(e.getProblems());
            Messages.error(this, "form.invalid", e.getProblems().size());
            return false;
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
            return false;
        }
    }

    private List<ChecklistItem> checklistItems() {
        try {
            return checklist.items(id);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private VerticalLayout actionsTab(ApplicationDetail d) {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        List<AvailableAction> actions;
        try {
            // the detail's steps; when the policy could not say, asking again tells why
            actions = d.actions() != null ? d.actions() : applications.actions(id);
        } catch (RuntimeException e) {
            tab.add(new Paragraph(Messages.describe(this, e)));
            return tab;
        }
        // a conversion's optional stage the bureau may skip (art. 16, simplified procedure)
        org.ticportal.ui.conversion.ConversionParts.skipButton(this, simplified, d, this::show).ifPresent(tab::add);
        if (actions.isEmpty()) {
            tab.add(new Paragraph(getTranslation(d.row().closed() ? "action.none.closed" : "action.none")));
            return tab;
        }
        tab.add(new Paragraph(getTranslation("action.available")));
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        for (AvailableAction action : actions) {
            Button b = new Button(action.name().get(getLocale()), e -> new StepDialog(action, this::perform,
                    code -> applications.stepForm(id, code), d, forms, attachments, this::reloadVersion,
                    this::labelOf).open());
            b.setId("action-" + action.code());
            b.addThemeVariants(action.toStage().equals("REJECTED") || action.code().startsWith("WITHDRAW")
                    ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
            b.setTooltipText(getTranslation("action.leadsTo", action.toStageName().get(getLocale()), action.article()));
            buttons.add(b);
        }
        tab.add(buttons);
        return tab;
    }

    /** A form field's label by its key, as the application's form shows it (the key while it shows none). */
    private String labelOf(String key) {
        return renderer == null ? key : renderer.labelOf(key);
    }

    /** Takes a step after saving a draft the applicant may have changed; returns the refreshed detail. */
    private ApplicationDetail perform(AvailableAction action, @Nullable String comment, Map<String, Object> values) {
        ApplicationDetail d = detail;
        if (d != null && d.editable() && renderer != null && !saveDraft(false)) {
            throw new FormNotSavedException();
        }
        ApplicationDetail current = detail;
        ApplicationDetail after = applications.perform(id, current.row().version(), action.code(), comment, values);
        show(after);
        Messages.success(this, "action.done", action.name().get(getLocale()));
        return after;
    }

    /** The draft could not be saved; its problems are shown on the form. */
    static final class FormNotSavedException extends RuntimeException {
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? ViewTitles.of(this, "nav.applications")
                : title + " | " + getTranslation("app.title");
    }
}
