package org.ticportal.ui.experts;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.ticportal.core.application.PanelCase;

/** Who applies and with whom: what a draw and an expert's declaration need to know. */
final class CaseSummary {

    private CaseSummary() {
    }

    static Div of(Component view, PanelCase c) {
        Div box = new Div();
        box.setId("panel-case");
        box.addClassName("card");
        box.add(new Paragraph(view.getTranslation("panel.case.reference", c.referenceNo())));
        box.add(new Paragraph(view.getTranslation("panel.case.center", c.centerName() == null ? "—" : c.centerName())));
        box.add(new Paragraph(view.getTranslation("panel.case.unit", c.unitName())));
        box.add(new Paragraph(view.getTranslation("panel.case.coBuilders", c.coBuilders().isEmpty() ? "—"
                : c.coBuilders().stream().map(PanelCase.CoBuilder::name).collect(Collectors.joining("、")))));
        box.add(new Paragraph(view.getTranslation("panel.case.stage", c.stageName() == null ? c.stage()
                : c.stageName().get(com.vaadin.flow.component.UI.getCurrent().getLocale()))));
        return box;
    }
}
