package org.ticportal.ui.formdesign;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.ticportal.core.form.FieldType;
import org.ticportal.core.form.FieldUse;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormField;
import org.ticportal.core.form.FormPublishRefusedException;
import org.ticportal.core.form.FormReader;
import org.ticportal.core.form.FormSection;
import org.ticportal.core.form.FormService;
import org.ticportal.core.form.FormVersion;
import org.ticportal.core.form.FormVersionService;
import org.ticportal.core.form.InvalidFormDefinitionException;
import org.ticportal.core.form.PublishProblem;
import org.ticportal.core.plugin.PolicyService;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.ViewTitles;
import org.ticportal.ui.forms.AttachmentSupport;
import org.ticportal.ui.forms.Catalogs;
import org.ticportal.ui.forms.FormRenderer;

/**
 * 表单设计器: one version of a policy form. A draft is edited here: sections, fields and table columns are added,
 * removed, reordered and configured in the outline and the properties panel, while the preview shows what the
 * applicant will see and the check lists what keeps the draft from being published (including fields the policy's
 * rules read). A published version opens read-only.
 */
@Route("admin/forms/:id")
@RolesAllowed("ADMIN")
public class FormDesignerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FormVersionService versions;
    private final FormService forms;
    private final PolicyService policies;

    private FormVersion version;
    private FormDefinition definition;
    private StartedPolicy policy;
    private boolean editable;
    private boolean dirty;
    private Map<String, List<FieldUse>> uses = Map.of();
    private @Nullable Node selected;
    private @Nullable FormRenderer previewForm;
    private final java.util.Set<Node> expanded = new java.util.HashSet<>();

    private final TreeGrid<Node> outline = new TreeGrid<>();
    private final Div properties = new Div();
    private final Div preview = new Div();
    private final Div problemsPanel = new Div();
    private final TextArea json = new TextArea();
    private final Span state = new Span();
    private Tab problemsTab;
    private final H3 title = new H3();

    FormDesignerView(FormVersionService versions, FormService forms, PolicyService policies) {
        this.versions = versions;
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
        policy = policies.policy(version.getPolicyId()).orElseThrow(() ->
                new org.ticportal.core.common.BusinessException("formVersion.policyNotRunning", version.getPolicyId()));
        definition = versions.draftDefinition(id);
        editable = version.getStatus() == FormVersion.Status.DRAFT;
        uses = versions.uses(version.getPolicyId()).stream().collect(Collectors.groupingBy(FieldUse::key,
                LinkedHashMap::new, Collectors.toList()));
        dirty = false;
        build();
    }

    private void build() {
        removeAll();
        title.setText(getTranslation(editable ? "designer.title.draft" : "designer.title.published",
                definition.title() == null ? version.getFormCode() : definition.title().get(getLocale()),
                version.getNumber()));
        state.setId("designer-state");
        state.addClassName("designer-state");
        HorizontalLayout bar = new HorizontalLayout(title, state);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.expand(state);
        bar.setWrap(true);
        state.getStyle().set("white-space", "nowrap");
        title.getStyle().set("margin", "0");
        Button back = new Button(getTranslation("designer.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(FormsView.class));
        back.setId("designer-back");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = versions.export(version.getId());
            return new DownloadResponse(new ByteArrayInputStream(bytes), version.getPolicyId() + "-"
                    + version.getFormCode() + "-v" + version.getNumber() + ".json", "application/json", bytes.length);
        }), getTranslation("forms.export"));
        export.setId("designer-export");
        export.getStyle().set("white-space", "nowrap");
        if (editable) {
            Button save = new Button(getTranslation("designer.save"), VaadinIcon.CHECK.create(), e -> save(true));
            save.setId("designer-save");
            Button publish = new Button(getTranslation("designer.publish"), VaadinIcon.UPLOAD_ALT.create(),
                    e -> publish());
            publish.setId("designer-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button discard = new Button(getTranslation("designer.discard"), VaadinIcon.TRASH.create(),
                    e -> discard());
            discard.setId("designer-discard");
            discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            bar.add(back, export, discard, save, publish);
        } else {
            bar.add(back, export);
        }

        outline.setId("designer-outline");
        outline.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        outline.removeAllColumns();
        outline.addHierarchyColumn(this::nodeLabel).setHeader(getTranslation("designer.outline.label"))
                .setFlexGrow(1).setWidth("16em");
        outline.addColumn(n -> n.kind() == Kind.FIELD || n.kind() == Kind.COLUMN
                        ? getTranslation("designer.type." + fieldOf(n).type().name()) : "")
                .setHeader(getTranslation("designer.outline.type")).setWidth("8em").setFlexGrow(0);
        outline.addColumn(n -> n.kind() == Kind.FIELD || n.kind() == Kind.COLUMN ? flags(fieldOf(n)) : "")
                .setHeader(getTranslation("designer.outline.flags")).setWidth("8em").setFlexGrow(0);
        outline.addColumn(n -> n.kind() == Kind.FIELD ? ruleIds(fieldOf(n)) : "")
                .setHeader(getTranslation("designer.outline.rules")).setWidth("7em").setFlexGrow(0);
        // clicking a section's or table's name opens or closes it; it is then also the one being edited
        outline.addExpandListener(e -> {
            expanded.addAll(e.getItems());
            if (e.isFromClient() && e.getItems().size() == 1) {
                select(e.getItems().iterator().next());
            }
        });
        outline.addCollapseListener(e -> {
            expanded.removeAll(e.getItems());
            if (e.isFromClient() && e.getItems().size() == 1) {
                select(e.getItems().iterator().next());
            }
        });
        outline.setTooltipGenerator(this::nodeLabel);
        outline.addSelectionListener(e -> {
            selected = e.getFirstSelectedItem().orElse(null);
            showProperties();
            if (previewForm != null && selected != null && selected.kind() != Kind.FORM) {
                previewForm.showSection(selected.section());
            }
        });
        outline.setHeight("24em");
        outline.getStyle().set("flex-shrink", "0");

        VerticalLayout left = new VerticalLayout();
        left.setPadding(false);
        left.addClassName("designer-left");
        // the outline keeps its height; the properties below scroll with the column
        left.getStyle().set("overflow", "auto");
        left.setHeightFull();
        if (editable) {
            left.add(toolbar());
        }
        properties.setId("designer-properties");
        properties.addClassName("designer-properties");
        left.add(outline, properties);

        preview.setId("designer-preview");
        problemsPanel.setId("designer-problems");
        json.setId("designer-json");
        json.setWidthFull();
        json.setMinHeight("30em");
        json.setReadOnly(!editable);
        Button applyJson = new Button(getTranslation("designer.json.apply"), e -> applyJson());
        applyJson.setId("designer-json-apply");
        applyJson.setVisible(editable);
        TabSheet right = new TabSheet();
        right.setSizeFull();
        right.add(getTranslation("designer.tab.preview"), preview);
        problemsTab = right.add(getTranslation("designer.tab.problems"), problemsPanel);
        problemsTab.setId("designer-problems-tab");
        right.add(getTranslation("designer.tab.json"), new VerticalLayout(json, applyJson));

        SplitLayout split = new SplitLayout(left, right);
        split.setSizeFull();
        split.setSplitterPosition(48);
        add(bar, split);
        expand(split);
        changed(false);
        select(new Node(Kind.FORM, "", null, null));
    }

    private Component toolbar() {
        Select<FieldType> type = new Select<>();
        type.setId("designer-new-type");
        type.setItems(FieldType.values());
        type.setItemLabelGenerator(t -> getTranslation("designer.type." + t.name()));
        type.setValue(FieldType.TEXT);
        type.setWidth("10em");
        type.setAriaLabel(getTranslation("designer.newType"));
        Button addSection = new Button(getTranslation("designer.addSection"), VaadinIcon.FOLDER_ADD.create(),
                e -> addSection());
        addSection.setId("designer-add-section");
        Button addField = new Button(getTranslation("designer.addField"), VaadinIcon.PLUS.create(),
                e -> addField(type.getValue()));
        addField.setId("designer-add-field");
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(-1));
        up.setId("designer-up");
        up.setTooltipText(getTranslation("designer.up"));
        up.setAriaLabel(getTranslation("designer.up"));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(1));
        down.setId("designer-down");
        down.setTooltipText(getTranslation("designer.down"));
        down.setAriaLabel(getTranslation("designer.down"));
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove());
        remove.setId("designer-remove");
        remove.setTooltipText(getTranslation("designer.remove"));
        remove.setAriaLabel(getTranslation("designer.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout bar = new HorizontalLayout(addSection, type, addField, up, down, remove);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        bar.addClassName("designer-toolbar");
        return bar;
    }

    // ---- the outline ------------------------------------------------------------------------------------------

    /** What the outline lists: the form, a section, a field of a section, a column of a table field. */
    enum Kind {
        FORM, SECTION, FIELD, COLUMN
    }

    /** A place in the definition, by keys (stable across edits that do not rename). */
    record Node(Kind kind, String section, @Nullable String field, @Nullable String column) {
    }

    private void refreshOutline() {
        TreeData<Node> data = new TreeData<>();
        Node root = new Node(Kind.FORM, "", null, null);
        data.addItem(null, root);
        for (FormSection s : definition.sections()) {
            Node sn = new Node(Kind.SECTION, s.key(), null, null);
            if (data.contains(sn)) {
                continue; // a duplicate key: the check names it; the JSON tab shows it
            }
            data.addItem(root, sn);
            for (FormField f : s.fields()) {
                Node fn = new Node(Kind.FIELD, s.key(), f.key(), null);
                if (data.contains(fn)) {
                    continue;
                }
                data.addItem(sn, fn);
                for (FormField c : f.columns()) {
                    Node cn = new Node(Kind.COLUMN, s.key(), f.key(), c.key());
                    if (!data.contains(cn)) {
                        data.addItem(fn, cn);
                    }
                }
            }
        }
        TreeDataProvider<Node> provider = new TreeDataProvider<>(data);
        outline.setDataProvider(provider);
        // the sections are listed; a section or table shows its fields or columns once opened (or when something in
        // it is selected), and stays open across edits
        List<Node> open = new ArrayList<>();
        open.add(root);
        expanded.stream().filter(data::contains).forEach(open::add);
        outline.expand(open);
    }

    private String nodeLabel(Node n) {
        return switch (n.kind()) {
            case FORM -> definition.title() == null ? definition.code() : definition.title().get(getLocale());
            case SECTION -> section(n).map(s -> s.title() == null ? s.key() : s.title().get(getLocale()))
                    .orElse(n.section());
            case FIELD, COLUMN -> {
                FormField f = fieldOf(n);
                yield (f.label() == null ? "" : f.label().get(getLocale())) + "（" + f.key() + "）";
            }
        };
    }

    private String flags(FormField f) {
        List<String> flags = new ArrayList<>();
        if (f.required()) {
            flags.add(getTranslation("designer.flag.required"));
        }
        if (f.requiredWhen() != null) {
            flags.add(getTranslation("designer.flag.requiredWhen"));
        }
        if (f.visibleWhen() != null) {
            flags.add(getTranslation("designer.flag.conditional"));
        }
        return String.join(" · ", flags);
    }

    private String ruleIds(FormField f) {
        List<String> ids = new ArrayList<>();
        for (String key : keysOf(f)) {
            uses.getOrDefault(key, List.of()).forEach(u -> ids.add(u.by()));
        }
        if (f.evidence() != null) {
            uses.getOrDefault(f.evidence(), List.of()).stream().filter(FieldUse::evidence)
                    .forEach(u -> ids.add(u.by()));
        }
        return ids.stream().distinct().collect(Collectors.joining(", "));
    }

    private static List<String> keysOf(FormField f) {
        List<String> keys = new ArrayList<>();
        keys.add(f.key());
        f.columns().forEach(c -> keys.add(f.key() + "." + c.key()));
        f.parts().forEach(p -> keys.add(f.key() + "." + p));
        return keys;
    }

    private java.util.Optional<FormSection> section(Node n) {
        return definition.sections().stream().filter(s -> s.key().equals(n.section())).findFirst();
    }

    private FormField fieldOf(Node n) {
        FormSection s = section(n).orElseThrow();
        FormField f = s.fields().stream().filter(x -> x.key().equals(n.field())).findFirst().orElseThrow();
        if (n.kind() == Kind.COLUMN) {
            return f.columns().stream().filter(c -> c.key().equals(n.column())).findFirst().orElseThrow();
        }
        return f;
    }

    private void select(Node n) {
        List<Node> ancestors = new ArrayList<>();
        if (n.kind() == Kind.FIELD || n.kind() == Kind.COLUMN) {
            ancestors.add(new Node(Kind.SECTION, n.section(), null, null));
        }
        if (n.kind() == Kind.COLUMN) {
            ancestors.add(new Node(Kind.FIELD, n.section(), n.field(), null));
        }
        expanded.addAll(ancestors);
        outline.expand(ancestors);
        outline.select(n);
        outline.scrollToItem(n);
        selected = n;
        showProperties();
        if (previewForm != null && n.kind() != Kind.FORM) {
            // the preview follows the outline to the section being edited
            previewForm.showSection(n.section());
        }
    }

    // ---- editing --------------------------------------------------------------------------------------------

    private void addSection() {
        int i = 1;
        while (hasSection("section" + i)) {
            i++;
        }
        String key = "section" + i;
        List<FormSection> sections = new ArrayList<>(definition.sections());
        int at = selected != null && selected.kind() != Kind.FORM ? indexOfSection(selected.section()) + 1
                : sections.size();
        sections.add(at, new FormSection(key, new LocalizedText(getTranslation("designer.newSection"), ""), null,
                List.of()));
        definition = definition.withSections(sections);
        changed(true);
        select(new Node(Kind.SECTION, key, null, null));
    }

    private boolean hasSection(String key) {
        return definition.sections().stream().anyMatch(s -> s.key().equals(key));
    }

    private int indexOfSection(String key) {
        for (int i = 0; i < definition.sections().size(); i++) {
            if (definition.sections().get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private void addField(FieldType type) {
        if (selected == null || selected.kind() == Kind.FORM) {
            Messages.error(this, "designer.selectSection");
            return;
        }
        if (selected.kind() == Kind.COLUMN || (selected.kind() == Kind.FIELD
                && fieldOf(selected).type() == FieldType.TABLE && type != FieldType.TABLE
                && type != FieldType.ATTACHMENT && type != FieldType.COMPUTED)) {
            // a field added while a table (or one of its columns) is selected becomes a column of that table
            addColumn(type);
            return;
        }
        String key = freshKey(type.name().toLowerCase(java.util.Locale.ROOT).replace("_", ""));
        FormField field = FormReader.with(FormField.of(key, type, new LocalizedText(getTranslation("designer.newField"),
                ""), false), "label", Map.of("zh", getTranslation("designer.newField"), "en", ""));
        field = withDefaults(field);
        String sectionKey = selected.section();
        List<FormSection> sections = new ArrayList<>();
        for (FormSection s : definition.sections()) {
            if (s.key().equals(sectionKey)) {
                List<FormField> fields = new ArrayList<>(s.fields());
                int at = fields.size();
                if (selected.kind() == Kind.FIELD) {
                    at = indexOfField(fields, selected.field()) + 1;
                }
                fields.add(at, field);
                s = new FormSection(s.key(), s.title(), s.help(), fields);
            }
            sections.add(s);
        }
        definition = definition.withSections(sections);
        changed(true);
        select(new Node(Kind.FIELD, sectionKey, key, null));
    }

    /** Properties a new field of a type needs to be valid at all. */
    private FormField withDefaults(FormField f) {
        return switch (f.type()) {
            case CHOICE, MULTI_CHOICE -> FormReader.with(f, "options", List.of(
                    Map.of("code", "A", "label", Map.of("zh", "A", "en", "A")),
                    Map.of("code", "B", "label", Map.of("zh", "B", "en", "B"))));
            case DECLARATION -> FormReader.with(f, "text", Map.of("zh", getTranslation("designer.newDeclaration"),
                    "en", ""));
            case TABLE -> FormReader.with(f, "columns", List.of(Map.of("key", "name", "type", "TEXT", "label",
                    Map.of("zh", getTranslation("designer.newColumn"), "en", ""))));
            case ATTACHMENT -> FormReader.with(FormReader.with(f, "accept", List.of("pdf")), "maxSizeMb", 20);
            default -> f;
        };
    }

    private void addColumn(FieldType type) {
        Node tableNode = new Node(Kind.FIELD, selected.section(), selected.field(), null);
        FormField table = fieldOf(tableNode);
        int i = 1;
        while (true) {
            String candidate = "col" + i;
            if (table.columns().stream().noneMatch(c -> c.key().equals(candidate))) {
                break;
            }
            i++;
        }
        String key = "col" + i;
        FormField column = withDefaults(FormField.of(key, type, new LocalizedText(getTranslation("designer.newColumn"),
                ""), false));
        List<FormField> columns = new ArrayList<>(table.columns());
        int at = selected.kind() == Kind.COLUMN ? indexOfField(columns, selected.column()) + 1 : columns.size();
        columns.add(at, column);
        replace(tableNode, FormReader.with(table, "columns", FormReader.toJson(columns)));
        changed(true);
        select(new Node(Kind.COLUMN, tableNode.section(), tableNode.field(), key));
    }

    private String freshKey(String base) {
        List<String> keys = definition.fields().map(FormField::key).toList();
        int i = 1;
        while (keys.contains(base + i)) {
            i++;
        }
        return base + i;
    }

    private static int indexOfField(List<FormField> fields, @Nullable String key) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).key().equals(key)) {
                return i;
            }
        }
        return fields.size() - 1;
    }

    /** Puts a changed field (or column) in place of the one at the node. */
    private void replace(Node n, FormField changed) {
        List<FormSection> sections = new ArrayList<>();
        for (FormSection s : definition.sections()) {
            if (s.key().equals(n.section())) {
                List<FormField> fields = new ArrayList<>(s.fields());
                int i = indexOfField(fields, n.field());
                if (n.kind() == Kind.COLUMN) {
                    FormField table = fields.get(i);
                    List<FormField> columns = new ArrayList<>(table.columns());
                    columns.set(indexOfField(columns, n.column()), changed);
                    fields.set(i, FormReader.with(table, "columns", FormReader.toJson(columns)));
                } else {
                    fields.set(i, changed);
                }
                s = new FormSection(s.key(), s.title(), s.help(), fields);
            }
            sections.add(s);
        }
        definition = definition.withSections(sections);
    }

    private void move(int delta) {
        if (selected == null || selected.kind() == Kind.FORM) {
            return;
        }
        List<FormSection> sections = new ArrayList<>(definition.sections());
        int si = indexOfSection(selected.section());
        if (selected.kind() == Kind.SECTION) {
            int to = si + delta;
            if (to < 0 || to >= sections.size()) {
                return;
            }
            java.util.Collections.swap(sections, si, to);
        } else {
            FormSection s = sections.get(si);
            List<FormField> fields = new ArrayList<>(s.fields());
            int fi = indexOfField(fields, selected.field());
            if (selected.kind() == Kind.COLUMN) {
                FormField table = fields.get(fi);
                List<FormField> columns = new ArrayList<>(table.columns());
                int ci = indexOfField(columns, selected.column());
                if (ci + delta < 0 || ci + delta >= columns.size()) {
                    return;
                }
                java.util.Collections.swap(columns, ci, ci + delta);
                fields.set(fi, FormReader.with(table, "columns", FormReader.toJson(columns)));
            } else {
                if (fi + delta < 0 || fi + delta >= fields.size()) {
                    return;
                }
                java.util.Collections.swap(fields, fi, fi + delta);
            }
            sections.set(si, new FormSection(s.key(), s.title(), s.help(), fields));
        }
        definition = definition.withSections(sections);
        Node keep = selected;
        changed(true);
        select(keep);
    }

    private void remove() {
        if (selected == null || selected.kind() == Kind.FORM) {
            return;
        }
        Node n = selected;
        List<String> readers = new ArrayList<>();
        if (n.kind() != Kind.SECTION) {
            FormField f = fieldOf(n);
            String key = n.kind() == Kind.COLUMN ? n.field() + "." + f.key() : f.key();
            List<String> keys = n.kind() == Kind.COLUMN ? List.of(key) : keysOf(f);
            keys.forEach(k -> uses.getOrDefault(k, List.of()).forEach(u -> readers.add(u.by() + "（" + u.article()
                    + "）")));
        }
        Runnable doRemove = () -> {
            List<FormSection> sections = new ArrayList<>();
            for (FormSection s : definition.sections()) {
                if (!s.key().equals(n.section())) {
                    sections.add(s);
                    continue;
                }
                if (n.kind() == Kind.SECTION) {
                    continue;
                }
                List<FormField> fields = new ArrayList<>(s.fields());
                int fi = indexOfField(fields, n.field());
                if (n.kind() == Kind.COLUMN) {
                    FormField table = fields.get(fi);
                    List<FormField> columns = new ArrayList<>(table.columns());
                    columns.remove(indexOfField(columns, n.column()));
                    fields.set(fi, FormReader.with(table, "columns", FormReader.toJson(columns)));
                } else {
                    fields.remove(fi);
                }
                sections.add(new FormSection(s.key(), s.title(), s.help(), fields));
            }
            definition = definition.withSections(sections);
            changed(true);
            select(n.kind() == Kind.SECTION ? new Node(Kind.FORM, "", null, null)
                    : n.kind() == Kind.COLUMN ? new Node(Kind.FIELD, n.section(), n.field(), null)
                    : new Node(Kind.SECTION, n.section(), null, null));
        };
        if (readers.isEmpty() && n.kind() != Kind.SECTION) {
            doRemove.run();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("designer-remove-confirm");
        confirm.setHeader(getTranslation("designer.remove.title", nodeLabel(n)));
        confirm.setText(readers.isEmpty() ? getTranslation("designer.remove.section")
                : getTranslation("designer.remove.readBy", String.join("、", readers.stream().distinct().toList())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("designer.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> doRemove.run());
        confirm.open();
    }

    /** Re-renders outline, preview, check and JSON after the definition changed. */
    private void changed(boolean edited) {
        if (edited) {
            dirty = true;
        }
        state.setText(!editable ? getTranslation("designer.state.published", version.getPublishedBy(),
                org.ticportal.ui.base.Formats.dateTime(version.getPublishedAt(), getLocale()))
                : dirty ? getTranslation("designer.state.unsaved") : getTranslation("designer.state.saved"));
        refreshOutline();
        refreshPreview();
        refreshProblems();
        json.setValue(new String(FormReader.write(definition), StandardCharsets.UTF_8));
    }

    private void refreshPreview() {
        preview.removeAll();
        try {
            FormRenderer renderer = new FormRenderer(definition, getLocale(),
                    Catalogs.of(forms, policy.pin()), AttachmentSupport.preview());
            renderer.setId("designer-preview-form");
            previewForm = renderer;
            if (selected != null && selected.kind() != Kind.FORM) {
                renderer.showSection(selected.section());
            }
            preview.add(new Paragraph(getTranslation("designer.preview.help")), renderer);
        } catch (RuntimeException e) {
            preview.add(new Paragraph(getTranslation("designer.preview.failed", Messages.describe(this, e))));
        }
    }

    private List<PublishProblem> refreshProblems() {
        problemsPanel.removeAll();
        List<PublishProblem> problems = editable ? versions.problems(version.getPolicyId(), definition) : List.of();
        problemsTab.setLabel(getTranslation("designer.tab.problems") + (problems.isEmpty() ? ""
                : "（" + problems.size() + "）"));
        if (problems.isEmpty()) {
            Paragraph ok = new Paragraph(getTranslation(editable ? "designer.problems.none"
                    : "designer.problems.published"));
            ok.setId("designer-problems-none");
            problemsPanel.add(ok);
            return problems;
        }
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(problemText(p))));
        problemsPanel.add(new Paragraph(getTranslation("designer.problems.intro")), list);
        return problems;
    }

    private String problemText(PublishProblem p) {
        return getTranslation(p.messageKey(), p.arguments().toArray());
    }

    private void showProperties() {
        properties.removeAll();
        if (selected == null) {
            return;
        }
        try {
            properties.add(new FieldProperties(this, selected).build());
        } catch (java.util.NoSuchElementException e) {
            // the node went away with the last edit
            selected = null;
        }
    }

    /**
     * Whether another section (for a section), another field of the form (for a field) or another column of the same
     * table (for a column) already has this key.
     */
    boolean keyTaken(Node n, String key) {
        return switch (n.kind()) {
            case FORM -> false;
            case SECTION -> definition.sections().stream().anyMatch(s -> s.key().equals(key)
                    && !s.key().equals(n.section()));
            case FIELD -> definition.fields().anyMatch(f -> f.key().equals(key) && !f.key().equals(n.field()));
            case COLUMN -> fieldOf(new Node(Kind.FIELD, n.section(), n.field(), null)).columns().stream()
                    .anyMatch(c -> c.key().equals(key) && !c.key().equals(n.column()));
        };
    }

    /** Builds the properties panel again, e.g. after a list in it changed. */
    void refreshProperties() {
        showProperties();
    }

    /** Applies a changed field from the properties panel. */
    void apply(Node n, FormField changed) {
        replace(n, changed);
        Node now = n.kind() == Kind.COLUMN ? new Node(Kind.COLUMN, n.section(), n.field(), changed.key())
                : new Node(Kind.FIELD, n.section(), changed.key(), null);
        boolean rekeyed = !Objects.equals(n, now);
        changed(true);
        if (rekeyed) {
            select(now);
        } else {
            outline.select(now);
            selected = now;
        }
    }

    /** Applies a changed section. */
    void apply(Node n, FormSection changed) {
        List<FormSection> sections = new ArrayList<>(definition.sections());
        sections.set(indexOfSection(n.section()), changed);
        definition = definition.withSections(sections);
        changed(true);
        Node now = new Node(Kind.SECTION, changed.key(), null, null);
        if (!now.equals(n)) {
            select(now);
        } else {
            outline.select(now);
            selected = now;
        }
    }

    /** Applies a changed form title, layout or constraint list. */
    void apply(FormDefinition changed) {
        definition = changed;
        changed(true);
        outline.select(new Node(Kind.FORM, "", null, null));
    }

    private void applyJson() {
        try {
            FormDefinition parsed = FormReader.parse(json.getValue().getBytes(StandardCharsets.UTF_8));
            if (!version.getFormCode().equals(parsed.code())) {
                json.setErrorMessage(getTranslation("formVersion.codeChanged", version.getFormCode(), parsed.code()));
                json.setInvalid(true);
                return;
            }
            json.setInvalid(false);
            definition = parsed;
            changed(true);
            select(new Node(Kind.FORM, "", null, null));
        } catch (InvalidFormDefinitionException e) {
            json.setErrorMessage(String.join("; ", e.getProblems()));
            json.setInvalid(true);
        }
    }

    private boolean save(boolean notify) {
        try {
            version = versions.saveDraft(version.getId(), version.getVersion(), definition);
            dirty = false;
            changed(false);
            if (notify) {
                Messages.success(this, "designer.saved");
            }
            return true;
        } catch (OptimisticLockingFailureException e) {
            Messages.error(this, "error.concurrentChange");
            return false;
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
            return false;
        }
    }

    private void publish() {
        if (!refreshProblems().isEmpty()) {
            Messages.error(this, "designer.publish.blocked");
            problemsTab.getParent().ifPresent(p -> {
                if (p.getParent().orElse(null) instanceof TabSheet sheet) {
                    sheet.setSelectedTab(problemsTab);
                }
            });
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("designer-publish-dialog");
        dialog.setHeaderTitle(getTranslation("designer.publish.title", version.getNumber()));
        TextArea note = new TextArea(getTranslation("designer.publish.note"));
        note.setId("designer-publish-note");
        note.setMaxLength(1000);
        note.setWidth("32em");
        dialog.add(new Paragraph(getTranslation("designer.publish.explain")), note);
        Button confirm = new Button(getTranslation("designer.publish"), e -> {
            if (dirty && !save(false)) {
                return;
            }
            try {
                version = versions.publish(version.getId(), version.getVersion(), note.getValue());
                dialog.close();
                Messages.success(this, "designer.published", version.getNumber());
                load(version.getId());
            } catch (FormPublishRefusedException ex) {
                dialog.close();
                refreshProblems();
                Messages.error(this, "designer.publish.blocked");
            } catch (OptimisticLockingFailureException ex) {
                Messages.error(this, "error.concurrentChange");
            } catch (RuntimeException ex) {
                Messages.error(this, "error.message", Messages.describe(this, ex));
            }
        });
        confirm.setId("designer-publish-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void discard() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("designer.discard.title", version.getNumber()));
        confirm.setText(getTranslation("designer.discard.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("designer.discard"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                versions.discardDraft(version.getId(), version.getVersion());
                UI.getCurrent().navigate(FormsView.class);
            } catch (RuntimeException ex) {
                Messages.error(this, "error.message", Messages.describe(this, ex));
            }
        });
        confirm.open();
    }

    // ---- what the properties panel needs ------------------------------------------------------------------------

    FormDefinition definition() {
        return definition;
    }

    boolean editable() {
        return editable;
    }

    List<FieldUse> usesOf(FormField field) {
        List<FieldUse> list = new ArrayList<>();
        keysOf(field).forEach(k -> list.addAll(uses.getOrDefault(k, List.of())));
        if (field.evidence() != null) {
            uses.getOrDefault(field.evidence(), List.of()).stream().filter(FieldUse::evidence).forEach(list::add);
        }
        return list;
    }

    /** The catalogs a choice may use: the well-known ones and the policy's own lists. */
    List<String> catalogs() {
        List<String> codes = new ArrayList<>(FormService.wellKnownCatalogs());
        policy.catalogs().lists().forEach(c -> {
            if (!codes.contains(c.code())) {
                codes.add(c.code());
            }
        });
        return codes;
    }

    /** The route parameters that open a version in the designer. */
    static com.vaadin.flow.router.RouteParameters route(long versionId) {
        return new com.vaadin.flow.router.RouteParameters("id", Long.toString(versionId));
    }

    java.util.Locale locale() {
        return getLocale();
    }

    /** The codes a catalog offers under the policy, for condition values. */
    List<String> catalogCodes(String catalog) {
        return List.copyOf(forms.catalogLabels(policy.pin(), catalog).keySet());
    }

    FormField field(Node n) {
        return fieldOf(n);
    }

    FormSection sectionOf(Node n) {
        return section(n).orElseThrow();
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.designer");
    }
}
