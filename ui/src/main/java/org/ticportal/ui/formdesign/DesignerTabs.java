package org.ticportal.ui.formdesign;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.form.FormReader;
import org.ticportal.core.form.PublishProblem;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.forms.AttachmentSupport;
import org.ticportal.ui.forms.Catalogs;
import org.ticportal.ui.forms.FormRenderer;

/**
 * The designer's right-hand side: the live preview (what the applicant will see), the publication check (what keeps
 * the draft from being published, counted in its tab) and the JSON. The preview and the JSON are built when their tab
 * is shown, and the preview builds a section when it is shown; the check is run after every change, for its count.
 */
final class DesignerTabs extends Composite<TabSheet> {

    private final DesignContext context;
    private final Catalogs catalogs;
    private final Supplier<List<PublishProblem>> check;
    private final Div preview = new Div();
    private final Div problemsPanel = new Div();
    private final TextArea json = new TextArea();
    private final Tab previewTab;
    private final Tab problemsTab;
    private final Tab jsonTab;
    private @Nullable FormRenderer previewForm;
    private @Nullable String section;
    private boolean previewStale = true;
    private boolean jsonStale = true;

    /**
     * @param check     the problems that keep the definition as it is now from being published
     * @param applyJson receives the JSON the user asks to apply
     */
    DesignerTabs(DesignContext context, Catalogs catalogs, Supplier<List<PublishProblem>> check,
                 Consumer<String> applyJson) {
        this.context = context;
        this.catalogs = catalogs;
        this.check = check;
        TabSheet sheet = getContent();
        sheet.setSizeFull();
        preview.setId("designer-preview");
        problemsPanel.setId("designer-problems");
        json.setId("designer-json");
        json.setWidthFull();
        json.setMinHeight("30em");
        json.setReadOnly(!context.editable());
        Button apply = new Button(getTranslation("designer.json.apply"), e -> applyJson.accept(json.getValue()));
        apply.setId("designer-json-apply");
        apply.setVisible(context.editable());
        previewTab = sheet.add(getTranslation("designer.tab.preview"), preview);
        problemsTab = sheet.add(getTranslation("designer.tab.problems"), problemsPanel);
        problemsTab.setId("designer-problems-tab");
        jsonTab = sheet.add(getTranslation("designer.tab.json"), new VerticalLayout(json, apply));
        sheet.addSelectedChangeListener(e -> showSelected());
    }

    /** After the definition changed: the check again, the preview and the JSON when shown (else when next shown). */
    void refresh(@Nullable String shownSection) {
        section = shownSection;
        previewStale = true;
        jsonStale = true;
        problems();
        showSelected();
    }

    /** The preview follows the outline to the section being edited. */
    void showSection(String sectionKey) {
        section = sectionKey;
        if (previewForm != null) {
            previewForm.showSection(sectionKey);
        }
    }

    /** Shows the check, e.g. when publication is refused. */
    void showProblems() {
        getContent().setSelectedTab(problemsTab);
    }

    /** Marks the JSON refused, with why. */
    void refuseJson(String message) {
        json.setErrorMessage(message);
        json.setInvalid(true);
    }

    void acceptJson() {
        json.setInvalid(false);
    }

    private void showSelected() {
        Tab tab = getContent().getSelectedTab();
        if (tab == previewTab && previewStale) {
            buildPreview();
        } else if (tab == jsonTab && jsonStale) {
            json.setValue(new String(FormReader.write(context.definition()), StandardCharsets.UTF_8));
            jsonStale = false;
        }
    }

    private void buildPreview() {
        preview.removeAll();
        previewForm = null;
        previewStale = false;
        try {
            FormRenderer renderer = new FormRenderer(context.definition(), getLocale(), catalogs,
                    AttachmentSupport.preview(), true);
            renderer.setId("designer-preview-form");
            previewForm = renderer;
            if (section != null) {
                renderer.showSection(section);
            }
            preview.add(new Paragraph(getTranslation("designer.preview.help")), renderer);
        } catch (RuntimeException e) {
            preview.add(new Paragraph(getTranslation("designer.preview.failed", Messages.describe(this, e))));
        }
    }

    /** Runs the check, shows its count in the tab and lists the problems. */
    List<PublishProblem> problems() {
        problemsPanel.removeAll();
        List<PublishProblem> problems = check.get();
        problemsTab.setLabel(getTranslation("designer.tab.problems") + (problems.isEmpty() ? ""
                : "（" + problems.size() + "）"));
        if (problems.isEmpty()) {
            Paragraph ok = new Paragraph(getTranslation(context.editable() ? "designer.problems.none"
                    : "designer.problems.published"));
            ok.setId("designer-problems-none");
            problemsPanel.add(ok);
            return problems;
        }
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(getTranslation(p.messageKey(), p.arguments().toArray()))));
        problemsPanel.add(new Paragraph(getTranslation("designer.problems.intro")), list);
        return problems;
    }
}
