package org.ticportal.ui.formdesign;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.form.DefinitionEdits;
import org.ticportal.core.form.DefinitionEdits.Edited;
import org.ticportal.core.form.DefinitionPath;
import org.ticportal.core.form.DefinitionPath.Level;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FieldUse;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormField;
import org.ticportal.core.form.FormReader;
import org.ticportal.core.form.FormService;
import org.ticportal.core.form.FormVersion;
import org.ticportal.core.form.FormDraftService;
import org.ticportal.core.form.FormVersionService;
import org.ticportal.core.form.InvalidFormDefinitionException;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.ViewTitles;
import org.ticportal.ui.forms.Catalogs;

/**
 * 表单设计器: one version of a policy form. A draft is edited here: sections, fields and table columns are added,
 * removed, reordered ({@link DesignerOutline}, {@link DesignerToolbar}, edits by {@link DefinitionEdits}) and
 * configured in the properties panel of the node selected (one panel per kind of node, firing
 * {@link DefinitionEditEvent}s), while the preview shows what the applicant will see and the check lists what keeps
 * the draft from being published ({@link DesignerTabs}); saving, publishing and discarding are {@link DraftActions}.
 * A published version opens read-only.
 */
@Route("admin/forms/:id")
@RolesAllowed("ADMIN")
public class FormDesignerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        DesignerToolbar.Actions {

    private final FormVersionService versions;
    private final FormDraftService drafts;
    private final FormService forms;
    private final PolicyService policies;

    private FormVersion version;
    private FormDefinition definition;
    private boolean editable;
    private boolean dirty;
    private DesignContext context;
    private DefinitionPath selected = DefinitionPath.form();
    private DesignerOutline outline;
    private DesignerTabs tabs;
    private final Div properties = new Div();
    private final Span state = new Span();

    FormDesignerView(FormVersionService versions, FormDraftService drafts, FormService forms, PolicyService policies) {
        this.versions = versions;
        this.drafts = drafts;
        this.forms = forms;
        this.policies = policies;
        addClassName("form-designer");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.forwardTo(FormsView.class);
            return;
        }
        try {
            load(id);
        } catch (RuntimeException e) {
            removeAll();
            add(new Paragraph(Messages.describe(this, e)));
        }
    }

    private void load(long id) {
        version = versions.get(id);
        StartedPolicy policy = policies.policy(version.getPolicyId()).orElseThrow(() ->
                new BusinessException("formVersion.policyNotRunning", version.getPolicyId()));
        definition = versions.draftDefinition(id);
        editable = version.isEditable();
        Map<String, List<FieldUse>> uses = versions.uses(version.getPolicyId()).stream().collect(
                Collectors.groupingBy(FieldUse::key, LinkedHashMap::new, Collectors.toList()));
        List<String> catalogs = new ArrayList<>(FormService.wellKnownCatalogs());
        policy.catalogs().lists().stream().map(c -> c.code()).filter(c -> !catalogs.contains(c)).forEach(catalogs::add);
        context = new DesignContext(() -> definition, editable, uses, List.copyOf(catalogs),
                catalog -> List.copyOf(forms.catalogLabels(policy.pin(), catalog).keySet()));
        dirty = false;
        build(Catalogs.of(forms, policy.pin()));
    }

    private void build(Catalogs catalogs) {
        removeAll();
        H3 title = new H3(getTranslation(editable ? "designer.title.draft" : "designer.title.published",
                definition.title() == null ? version.getFormCode() : definition.title().get(getLocale()),
                version.getNumber()));
        title.getStyle().set("margin", "0");
        state.setId("designer-state");
        state.addClassName("designer-state");
        state.getStyle().set("white-space", "nowrap");
        HorizontalLayout bar = new HorizontalLayout(title, state);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.expand(state);
        bar.setWrap(true);
        Button back = new Button(getTranslation("designer.back"), Icons.create(VaadinIcon.ARROW_LEFT),
                e -> UI.getCurrent().navigate(FormsView.class));
        back.setId("designer-back");
        Anchor export = DraftActions.export(this, versions, version);
        bar.add(back, export);

        outline = new DesignerOutline(context, this::select);
        tabs = new DesignerTabs(context, catalogs, () -> editable
                ? versions.problems(version.getPolicyId(), definition) : List.of(), this::applyJson);
        if (editable) {
            new DraftActions(this, drafts, tabs, () -> version, () -> definition, () -> dirty, saved -> {
                version = saved;
                dirty = false;
                changed(false);
            }, published -> load(published.getId())).buttons().forEach(bar::add);
        }
        VerticalLayout left = new VerticalLayout();
        left.setPadding(false);
        left.addClassName("designer-left");
        // the outline keeps its height; the properties below scroll with the column
        left.getStyle().set("overflow", "auto");
        left.setHeightFull();
        if (editable) {
            left.add(new DesignerToolbar(this));
        }
        properties.setId("designer-properties");
        properties.addClassName("designer-properties");
        left.add(outline, properties);
        SplitLayout split = new SplitLayout(left, tabs);
        split.setSizeFull();
        split.setSplitterPosition(48);
        add(bar, split);
        expand(split);
        selected = DefinitionPath.form();
        changed(false);
        select(DefinitionPath.form());
    }

    // ---- selection and changes ------------------------------------------------------------------------------

    /** Selects a node in the outline, shows its properties and its section in the preview. */
    void select(@Nullable DefinitionPath n) {
        if (n == null) {
            // nothing selected: the tools act as on the form, and no properties are shown
            selected = DefinitionPath.form();
            properties.removeAll();
            return;
        }
        selected = n;
        outline.show(n);
        showProperties();
        if (n.level() != Level.FORM) {
            tabs.showSection(n.section());
        }
    }

    private void showProperties() {
        properties.removeAll();
        DefinitionPath path = selected;
        if (!DefinitionEdits.exists(definition, path)) {
            return; // the node went away with the last edit
        }
        PropertyPanel panel = switch (selected.level()) {
            case FORM -> new FormPanel(context);
            case SECTION -> new SectionPanel(context, path);
            case FIELD, COLUMN -> new FieldPanel(context, path);
        };
        panel.addEditListener(e -> apply(e.applyTo(definition)));
        properties.add(panel);
    }

    /** Takes an edited definition and shows the node the edit leads to. */
    private void apply(Edited edited) {
        definition = edited.definition();
        selected = edited.path();
        changed(true);
        select(selected);
    }

    /** Re-renders outline, preview, check and JSON after the definition changed. */
    private void changed(boolean edited) {
        dirty |= edited;
        state.setText(!editable ? getTranslation("designer.state.published", version.getPublishedBy(),
                Formats.dateTime(version.getPublishedAt(), getLocale()))
                : dirty ? getTranslation("designer.state.unsaved") : getTranslation("designer.state.saved"));
        outline.refresh();
        tabs.refresh(selected.level() == Level.FORM ? null : selected.section());
    }

    // ---- the toolbar ----------------------------------------------------------------------------------------

    @Override
    public void addSection() {
        NewNodes nodes = new NewNodes(this);
        apply(DefinitionEdits.addSection(definition, selected, DefinitionEdits.newSectionKey(definition),
                nodes.sectionTitle()));
    }

    @Override
    public void addField(FieldType type) {
        if (selected.level() == Level.FORM) {
            Messages.error(this, "designer.selectSection");
            return;
        }
        NewNodes nodes = new NewNodes(this);
        DefinitionPath at = selected;
        if (DefinitionEdits.addsColumn(definition, at, type)) {
            // a field added while a table (or one of its columns) is selected becomes a column of that table
            FormField table = DefinitionEdits.field(definition, at.level() == DefinitionPath.Level.COLUMN
                    ? at.parent() : at).orElseThrow();
            apply(DefinitionEdits.addColumn(definition, at, nodes.column(DefinitionEdits.newColumnKey(table),
                    type)));
        } else {
            apply(DefinitionEdits.addField(definition, at, nodes.field(DefinitionEdits.newFieldKey(definition,
                    NewNodes.keyBase(type)), type)));
        }
    }

    @Override
    public void move(int delta) {
        Edited moved = DefinitionEdits.move(definition, selected, delta);
        if (moved.definition() != definition) {
            apply(moved);
        }
    }

    @Override
    public void remove() {
        DefinitionPath n = selected;
        if (n.level() == Level.FORM) {
            return;
        }
        List<String> readers = DefinitionEdits.field(definition, n).stream()
                .flatMap(f -> (n.level() == Level.COLUMN ? List.of(n.ruleKey()) : DesignContext.keysOf(f))
                        .stream())
                .flatMap(k -> context.usesOfKey(k).stream()).map(u -> u.by() + "（" + u.article() + "）")
                .distinct().toList();
        Runnable doRemove = () -> apply(DefinitionEdits.remove(definition, n));
        if (readers.isEmpty() && n.level() != Level.SECTION) {
            doRemove.run();
            return;
        }
        String why = readers.isEmpty() ? getTranslation("designer.remove.section")
                : getTranslation("designer.remove.readBy", String.join("、", readers));
        DraftActions.confirmRemoval(this, outline.label(n), why, doRemove);
    }

    private void applyJson(String text) {
        try {
            FormDefinition parsed = FormReader.parse(text.getBytes(StandardCharsets.UTF_8));
            if (!version.getFormCode().equals(parsed.code())) {
                tabs.refuseJson(getTranslation("formVersion.codeChanged", version.getFormCode(), parsed.code()));
                return;
            }
            tabs.acceptJson();
            apply(new Edited(parsed, DefinitionPath.form()));
        } catch (InvalidFormDefinitionException e) {
            tabs.refuseJson(String.join("; ", e.getProblems()));
        }
    }

    /** The definition as the designer holds it now. */
    FormDefinition definition() {
        return definition;
    }

    /** The route parameters that open a version in the designer. */
    static RouteParameters route(long versionId) {
        return new RouteParameters("id", Long.toString(versionId));
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.designer");
    }
}
