package org.ticportal.ui.experts;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

import org.ticportal.core.application.PanelCase;
import org.ticportal.core.application.PanelCaseService;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.expert.DrawRecord;
import org.ticportal.core.expert.PanelDrawService;
import org.ticportal.core.expert.PanelHeadService;
import org.ticportal.core.expert.MemberState;
import org.ticportal.core.expert.PanelViews;
import org.ticportal.ui.applications.ApplicationView;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.ViewTitles;

/**
 * 专家组: an application's expert panel for bureau staff: the draw (once, at an expert review stage), the members with
 * their progress, the replacement of a member with a reason, the choice of the panel's head (设为组长, with a reason,
 * until the conclusion), the draw's record (seed, candidates, who was skipped and
 * why, replacements), and the panel's result once its head concluded.
 */
@Route("applications/:id/panel")
@RolesAllowed("BUREAU")
public class PanelView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PanelDrawService panels;
    private final PanelHeadService heads;
    private final PanelCaseService cases;
    private long id;

    PanelView(PanelDrawService panels, PanelHeadService heads, PanelCaseService cases) {
        this.panels = panels;
        this.heads = heads;
        this.cases = cases;
        addClassName("panel-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show();
        } catch (NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show() {
        removeAll();
        try {
            PanelCase c = cases.panelCase(id);
            add(new H2(getTranslation("panel.title", c.referenceNo())));
            add(CaseSummary.of(this, c));
            add(new RouterLink(getTranslation("panel.backToApplication"), ApplicationView.class,
                    new RouteParameters("id", Long.toString(id))));
            var panel = panels.panel(id);
            if (panel.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation(c.atExpertReview() ? "panel.none" : "panel.notAtStage"));
                none.setId("panel-none");
                Button draw = new Button(getTranslation("panel.draw"), e -> draw());
                draw.setId("panel-draw");
                draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                draw.setEnabled(c.atExpertReview());
                add(none, draw);
                return;
            }
            showPanel(panel.get(), c);
        } catch (RuntimeException e) {
            add(new Paragraph(Messages.describe(this, e)));
        }
    }

    private void draw() {
        try {
            panels.draw(id, null);
            Messages.success(this, "panel.drawn");
            show();
        } catch (RuntimeException e) {
            Messages.error(this, "error.message", Messages.describe(this, e));
        }
    }

    private void showPanel(PanelViews.Panel p, PanelCase c) {
        Locale locale = getLocale();
        DrawRecord r = p.record();
        Map<Long, String> names = r.candidates().stream()
                .collect(Collectors.toMap(DrawRecord.Candidate::expertId, DrawRecord.Candidate::name, (a, b) -> a));
        if (p.conclusion() != null) {
            Paragraph result = new Paragraph(getTranslation("panel.result", p.score() == null ? ""
                    : p.score().toPlainString(), getTranslation("panel.aggregation." + p.aggregation().name()),
                    c.panelStepNames().containsKey(p.conclusion())
                            ? c.panelStepNames().get(p.conclusion()).get(locale) : p.conclusion()));
            result.setId("panel-result");
            result.addClassName("notice");
            add(result);
        }
        add(new H3(getTranslation("panel.members")));
        Grid<PanelViews.Member> members = new Grid<>();
        members.setId("panel-members");
        members.addColumn(PanelViews.Member::name).setHeader(getTranslation("expert.name")).setAutoWidth(true);
        members.addColumn(PanelViews.Member::unitName).setHeader(getTranslation("expert.unit")).setAutoWidth(true);
        members.addColumn(m -> m.leader() ? getTranslation("panel.leader") : "").setHeader(getTranslation(
                "panel.role")).setAutoWidth(true);
        members.addColumn(m -> getTranslation("panel.state." + m.state().name())).setHeader(
                getTranslation("panel.state")).setAutoWidth(true);
        members.addColumn(m -> m.total() == null ? "" : m.total().toPlainString()).setHeader(
                getTranslation("panel.total")).setAutoWidth(true);
        members.addColumn(m -> m.conflictNote() != null ? m.conflictNote()
                : m.replacedReason() != null ? m.replacedReason() : "").setHeader(getTranslation("panel.note"))
                .setFlexGrow(1);
        members.addComponentColumn(m -> {
            Button replace = new Button(getTranslation("panel.replace"), e -> replace(m));
            replace.setId("panel-replace-" + m.memberId());
            replace.addThemeVariants(ButtonVariant.LUMO_SMALL);
            replace.setVisible(p.conclusion() == null && m.state() != MemberState.REPLACED
                    && m.state() != MemberState.SUBMITTED);
            Button head = new Button(getTranslation("panel.head.choose"), e -> chooseHead(m));
            head.setId("panel-head-" + m.memberId());
            head.addThemeVariants(ButtonVariant.LUMO_SMALL);
            head.setVisible(p.conclusion() == null && !m.leader() && m.state() != MemberState.REPLACED
                    && m.state() != MemberState.CONFLICT);
            return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(head, replace);
        }).setAutoWidth(true);
        members.setItems(p.members());
        members.setAllRowsVisible(true);
        Paragraph headHelp = new Paragraph(getTranslation("panel.head.help"));
        headHelp.setId("panel-head-help");
        add(headHelp, members);

        add(new H3(getTranslation("panel.record")));
        Paragraph facts = new Paragraph(getTranslation("panel.record.facts", Formats.dateTime(p.drawnAt(), locale),
                p.drawnBy(), Long.toString(r.seed()), r.size(), r.candidates().size(), r.field() == null ? "—"
                        : r.field()));
        facts.setId("panel-record-facts");
        add(facts);
        Grid<DrawRecord.Skip> skipped = new Grid<>();
        skipped.setId("panel-skipped");
        skipped.addColumn(DrawRecord.Skip::name).setHeader(getTranslation("expert.name")).setAutoWidth(true);
        skipped.addColumn(s -> getTranslation("panel.skip." + s.reason())).setHeader(getTranslation("panel.skip"))
                .setAutoWidth(true);
        skipped.addColumn(DrawRecord.Skip::detail).setHeader(getTranslation("panel.skip.detail")).setFlexGrow(1);
        skipped.setItems(r.skipped());
        skipped.setAllRowsVisible(true);
        add(skipped);
        Paragraph order = new Paragraph(getTranslation("panel.record.order", r.order().stream()
                .map(i -> names.getOrDefault(i, "#" + i)).collect(Collectors.joining("、"))));
        order.setId("panel-record-order");
        add(order);
        for (DrawRecord.Replacement rep : r.replacements()) {
            add(new Paragraph(getTranslation("panel.record.replacement", names.getOrDefault(rep.outId(), ""),
                    names.getOrDefault(rep.inId(), ""), rep.reason(), rep.by(), Formats.dateTime(rep.at(), locale))));
        }
        for (DrawRecord.HeadChange h : r.headChanges()) {
            Paragraph line = new Paragraph(getTranslation("panel.record.head", h.fromId() == null ? "—"
                    : names.getOrDefault(h.fromId(), ""), names.getOrDefault(h.toId(), ""), h.reason(), h.by(),
                    Formats.dateTime(h.at(), locale)));
            line.addClassName("panel-head-change");
            add(line);
        }
    }

    private void chooseHead(PanelViews.Member m) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("panel.head.title", m.name()));
        TextArea reason = new TextArea(getTranslation("panel.head.reason"));
        reason.setId("panel-head-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        dialog.add(reason);
        Button ok = new Button(getTranslation("panel.head.choose"), e -> {
            try {
                heads.choose(id, m.memberId(), m.version(), reason.getValue());
                dialog.close();
                Messages.success(this, "panel.head.chosen");
                show();
            } catch (BusinessException ex) {
                reason.setErrorMessage(Messages.describe(this, ex));
                reason.setInvalid(true);
            } catch (RuntimeException ex) {
                Messages.error(this, "error.message", Messages.describe(this, ex));
            }
        });
        ok.setId("panel-head-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void replace(PanelViews.Member m) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("panel.replace.title", m.name()));
        TextArea reason = new TextArea(getTranslation("panel.replace.reason"));
        reason.setId("panel-replace-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        if (m.conflictNote() != null) {
            reason.setValue(getTranslation("panel.replace.conflict", m.conflictNote()));
        }
        dialog.add(reason);
        Button ok = new Button(getTranslation("panel.replace"), e -> {
            try {
                panels.replace(id, m.memberId(), m.version(), reason.getValue());
                dialog.close();
                Messages.success(this, "panel.replaced");
                show();
            } catch (BusinessException ex) {
                reason.setErrorMessage(Messages.describe(this, ex));
                reason.setInvalid(true);
            } catch (RuntimeException ex) {
                Messages.error(this, "error.message", Messages.describe(this, ex));
            }
        });
        ok.setId("panel-replace-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "panel.titleShort");
    }
}
