package org.ticportal.ui.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What the portal's error pages share: a title, one line of explanation and a link home, in the portal's frame. The
 * subclasses say which error they answer and what the line says.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private String titleKey;
    private final H2 title = new H2();
    private final Paragraph text = new Paragraph();

    ErrorPage(String id, String titleKey) {
        this.titleKey = titleKey;
        addClassName("error-view");
        setId(id);
        title.setText(getTranslation(titleKey));
        title.setId("error-title");
        text.setId("error-text");
        Anchor home = new Anchor(".", getTranslation("errorPage.home"));
        home.getElement().setAttribute("router-link", true);
        home.setId("error-home");
        add(title, text, home);
    }

    /** Replaces the title set by the constructor. */
    protected void retitle(String key) {
        titleKey = key;
        title.setText(getTranslation(key));
    }

    /** Sets the line under the title. */
    protected void explain(String line) {
        text.setText(line);
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, titleKey);
    }
}
