package org.ticbench.bare;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import jakarta.annotation.security.PermitAll;

/** The landing view behind the login ({@code ""}). */
@PermitAll
public class BareHomeView extends VerticalLayout {

    public BareHomeView() {
        Span welcome = new Span("Bare landing view");
        welcome.setId("bare-home");
        add(welcome);
    }
}
