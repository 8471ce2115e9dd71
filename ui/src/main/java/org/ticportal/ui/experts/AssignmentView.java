package org.ticportal.ui.experts;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import org.ticportal.core.application.ApplicationDetail;
import org.ticportal.core.application.Attachment;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.PanelCase;
import org.ticportal.core.application.PanelCaseService;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.expert.ExpertPanelService;
import org.ticportal.core.expert.MemberState;
import org.ticportal.core.expert.PanelViews;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormService;
import org.ticportal.ui.base.DatePickers;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.ViewTitles;
import org.ticportal.ui.forms.AttachmentSupport;
import org.ticportal.ui.forms.Catalogs;
import org.ticportal.ui.forms.FormRenderer;

/**
 * An expert's assignment: first the declaration of no conflict (only who applies is shown until then); then the
 * application, the site visit and on-site defense, and the policy's score sheet; for the panel's head, the panel's
 * progress, the aggregated score and the conclusion, which is the policy's step.
 */
@Route("expert/assignments/:id")
@RolesAllowed("EXPERT")
public class AssignmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ExpertPanelService panels;
    private final PanelCaseService cases;
    private final FormService forms;
    private final AttachmentService attachments;
    private long id;

    AssignmentView(ExpertPanelService panels, PanelCaseService cases, FormService forms,
                   AttachmentService attachments) {
        this.panels = panels;
        this.cases = cases;
        this.forms = forms;
        this.attachments = attachments;
        addClassName("assignment-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        show();
    }

    private void show() {
        removeAll();
        PanelViews.MyAssignment a;
        try {
            a = panels.assignment(id);
        } catch (RuntimeException e) {
            Paragraph refused = new Paragraph(Messages.describe(this, e));
            refused.setId("assignment-refused");
            add(refused);
            return;
        }
        PanelCase c = a.panelCase();
        add(new H2(getTranslation("assignment.title", c.referenceNo())));
        add(CaseSummary.of(this, c));
        if (a.conclusion() != null) {
            Paragraph result = new Paragraph(getTranslation("assignment.concluded", a.score() == null ? ""
                    : a.score().toPlainString(), outcomeName(c, a.conclusion())));
            result.setId("assignment-result");
            result.addClassName("notice");
            add(result);
        }
        switch (a.state()) {
            case DRAWN -> add(declaration());
            case CONFLICT -> add(new Paragraph(getTranslation("assignment.conflictDeclared")));
            case DECLARED, SUBMITTED -> {
                add(application(c));
                add(visit(a));
                add(sheet(a));
                if (a.leader()) {
                    add(leader(a));
                }
            }
            case REPLACED -> { }
        }
    }

    private VerticalLayout declaration() {
        VerticalLayout box = new VerticalLayout();
        box.setId("assignment-declaration");
        box.add(new H3(getTranslation("assignment.declaration")));
        box.add(new Paragraph(getTranslation("assignment.declaration.text")));
        Button none = new Button(getTranslation("assignment.declare.none"), e -> declare(false, null));
        none.setId("declare-no-conflict");
        none.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextArea note = new TextArea(getTranslation("assignment.conflictNote"));
        note.setId("conflict-note");
        note.setWidthFull();
        Button conflict = new Button(getTranslation("assignment.declare.conflict"), e -> {
            try {
                declare(true, note.getValue());
            } catch (BusinessException ex) {
                note.setErrorMessage(Messages.describe(this, ex));
                note.setInvalid(true);
            }
        });
        conflict.setId("declare-conflict");
        conflict.addThemeVariants(ButtonVariant.LUMO_ERROR);
        box.add(none, note, conflict);
        return box;
    }

    private void declare(boolean conflict, String note) {
        panels.declare(id, conflict, note);
        Messages.success(this, conflict ? "assignment.conflictDeclared" : "assignment.declared");
        show();
    }

    /**
     * The filed application as the applicant filled it in: the policy's form rendered read-only with its labels, and
     * the list of its files to download (each download checked again by the attachment service).
     */
    private VerticalLayout application(PanelCase c) {
        VerticalLayout box = new VerticalLayout();
        box.setId("assignment-application");
        box.add(new H3(getTranslation("assignment.application")));
        try {
            ApplicationDetail d = cases.readAsExpert(id);
            FormDefinition form = cases.formAsExpert(id);
            FormRenderer renderer = new FormRenderer(form, getLocale(), Catalogs.of(forms, c.pin()),
                    AttachmentSupport.of(attachments, id, form.code()));
            renderer.setId("assignment-form");
            renderer.setValues(d.values());
            renderer.setReadOnly(true);
            box.add(renderer);
            box.add(new H3(getTranslation("assignment.attachments")));
            Grid<Attachment> files = new Grid<>();
            files.setId("assignment-attachments");
            files.addColumn(a -> renderer.labelOf(a.getFieldKey())).setHeader(getTranslation("documents.document"))
                    .setFlexGrow(1);
            files.addComponentColumn(a -> {
                Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                    AttachmentService.Download dl = attachments.open(a.getId());
                    return new DownloadResponse(dl.stream(), dl.name(), dl.mediaType(), dl.size());
                }), a.getOriginalName());
                link.setTarget("_blank");
                return link;
            }).setHeader(getTranslation("documents.file")).setFlexGrow(1);
            files.addColumn(a -> Formats.dateTime(a.getUploadedAt(), getLocale()))
                    .setHeader(getTranslation("documents.uploaded")).setAutoWidth(true);
            files.setItems(attachments.list(id));
            files.setAllRowsVisible(true);
            box.add(files);
        } catch (RuntimeException e) {
            box.add(new Paragraph(Messages.describe(this, e)));
        }
        return box;
    }

    private VerticalLayout visit(PanelViews.MyAssignment a) {
        VerticalLayout box = new VerticalLayout();
        box.setId("assignment-visit");
        box.add(new H3(getTranslation("assignment.visit")));
        Locale locale = getLocale();
        DatePicker site = DatePickers.localized(new DatePicker(getTranslation("assignment.siteVisit")), locale,
                this::getTranslation);
        site.setId("site-visit-date");
        DatePicker defense = DatePickers.localized(new DatePicker(getTranslation("assignment.defense")), locale,
                this::getTranslation);
        defense.setId("defense-date");
        TextArea notes = new TextArea(getTranslation("assignment.visitNotes"));
        notes.setId("visit-notes");
        notes.setWidthFull();
        site.setValue(a.siteVisit());
        defense.setValue(a.defense());
        notes.setValue(a.visitNotes() == null ? "" : a.visitNotes());
        boolean editable = a.state() == MemberState.DECLARED;
        Button save = new Button(getTranslation("assignment.visit.save"), e -> {
            try {
                panels.recordVisit(id, a.version(), site.getValue(), defense.getValue(), notes.getValue());
                Messages.success(this, "assignment.visit.saved");
                show();
            } catch (BusinessException ex) {
                DatePicker target = "defenseDate".equals(ex.getField()) ? defense : site;
                target.setErrorMessage(Messages.describe(this, ex));
                target.setInvalid(true);
            }
        });
        save.setId("visit-save");
        save.setVisible(editable);
        site.setReadOnly(!editable);
        defense.setReadOnly(!editable);
        notes.setReadOnly(!editable);
        box.add(new FormLayout(site, defense), notes, save);
        return box;
    }

    private VerticalLayout sheet(PanelViews.MyAssignment a) {
        VerticalLayout box = new VerticalLayout();
        box.setId("assignment-sheet");
        box.add(new H3(getTranslation("assignment.sheet", a.fullScore().toPlainString())));
        boolean editable = a.state() == MemberState.DECLARED;
        Map<String, BigDecimalField> fields = new HashMap<>();
        FormLayout form = new FormLayout();
        for (PanelViews.ScoreItem item : a.sheet()) {
            BigDecimalField f = new BigDecimalField(getTranslation("assignment.scoreItem",
                    item.name().get(getLocale()), item.weight().toPlainString()));
            f.setId("score-" + item.code());
            f.setValue(a.scores().get(item.code()));
            f.setReadOnly(!editable);
            fields.put(item.code(), f);
            form.add(f);
        }
        TextArea opinion = new TextArea(getTranslation("assignment.opinion"));
        opinion.setId("score-opinion");
        opinion.setWidthFull();
        opinion.setValue(a.opinion() == null ? "" : a.opinion());
        opinion.setReadOnly(!editable);
        Button submit = new Button(getTranslation("assignment.submit"), e -> {
            Map<String, BigDecimal> scores = new HashMap<>();
            fields.forEach((code, f) -> {
                f.setInvalid(false);
                if (f.getValue() != null) {
                    scores.put(code, f.getValue());
                }
            });
            opinion.setInvalid(false);
            try {
                panels.submitScores(id, a.version(), scores, opinion.getValue());
                Messages.success(this, "assignment.submitted");
                show();
            } catch (BusinessException ex) {
                String field = ex.getField() == null ? "" : ex.getField();
                var target = field.startsWith("score.") ? fields.get(field.substring(6)) : null;
                if (target != null) {
                    target.setErrorMessage(Messages.describe(this, ex));
                    target.setInvalid(true);
                } else {
                    opinion.setErrorMessage(Messages.describe(this, ex));
                    opinion.setInvalid(true);
                }
            }
        });
        submit.setId("score-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setVisible(editable);
        box.add(form, opinion, submit);
        return box;
    }

    private VerticalLayout leader(PanelViews.MyAssignment a) {
        VerticalLayout box = new VerticalLayout();
        box.setId("assignment-leader");
        box.add(new H3(getTranslation("assignment.leader")));
        Grid<PanelViews.Member> members = new Grid<>();
        members.setId("assignment-panel");
        members.addColumn(PanelViews.Member::name).setHeader(getTranslation("expert.name")).setAutoWidth(true);
        members.addColumn(m -> getTranslation("panel.state." + m.state().name()))
                .setHeader(getTranslation("panel.state")).setAutoWidth(true);
        members.addColumn(m -> m.total() == null ? "" : m.total().toPlainString())
                .setHeader(getTranslation("panel.total")).setAutoWidth(true);
        members.setItems(a.panel());
        members.setAllRowsVisible(true);
        box.add(members);
        Paragraph preview = new Paragraph(getTranslation("assignment.preview",
                getTranslation("panel.aggregation." + a.aggregation().name()),
                a.preview() == null ? "—" : a.preview().toPlainString()));
        preview.setId("assignment-preview");
        box.add(preview);
        if (a.conclusion() != null) {
            return box;
        }
        RadioButtonGroup<PanelCase.Outcome> outcome = new RadioButtonGroup<>(getTranslation("assignment.conclusion"));
        outcome.setId("conclusion-outcome");
        outcome.setItems(a.panelCase().outcomes());
        outcome.setItemLabelGenerator(o -> o.name().get(getLocale()));
        TextArea opinion = new TextArea(getTranslation("assignment.panelOpinion"));
        opinion.setId("conclusion-opinion");
        opinion.setWidthFull();
        Button conclude = new Button(getTranslation("assignment.conclude"), e -> {
            if (outcome.getValue() == null) {
                outcome.setErrorMessage(getTranslation("assignment.conclusion.required"));
                outcome.setInvalid(true);
                return;
            }
            try {
                panels.conclude(id, outcome.getValue().code(), opinion.getValue());
                Messages.success(this, "assignment.concludedNow");
                show();
            } catch (RuntimeException ex) {
                Messages.error(this, "error.message", Messages.describe(this, ex));
            }
        });
        conclude.setId("conclusion-record");
        conclude.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(outcome, opinion, new HorizontalLayout(conclude));
        return box;
    }

    private String outcomeName(PanelCase c, String code) {
        var name = c.panelStepNames().get(code);
        return name == null ? code : name.get(getLocale());
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.expertHome");
    }
}
