package org.ticportal.ui;

import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/**
 * Components below a component, visible or not, found by the element tree: a tab sheet holds its tabs' content as
 * elements only, and Browserless queries see visible components only.
 */
public final class ComponentTree {

    private ComponentTree() {
    }

    /** The component below {@code root} with this id. */
    public static Component byId(Component root, String id) {
        return descendants(root).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    public static Stream<Component> descendants(Component root) {
        return elements(root.getElement()).flatMap(e -> e.getComponent().stream()).distinct();
    }

    private static Stream<Element> elements(Element e) {
        return Stream.concat(Stream.of(e), e.getChildren().flatMap(ComponentTree::elements));
    }
}
