package org.ticportal.ui.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** The icons come from the portal's sprite, and every menu entry's icon is in it. */
class IconsTest {

    @Test
    void anIconIsTheSpritesSymbolOfItsVaadinName() {
        SvgIcon icon = Icons.create(VaadinIcon.DOWNLOAD_ALT);
        assertThat(icon.getSrc()).isEqualTo(Icons.SPRITE);
        assertThat(icon.getSymbol()).isEqualTo("download-alt");
        assertThat(Icons.create("vaadin:tasks").getSymbol()).isEqualTo("tasks");
    }

    @Test
    void anIconTheSpriteLacksIsRefused() {
        assertThatThrownBy(() -> Icons.create(VaadinIcon.ABACUS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("abacus");
    }

    @Test
    void everyMenuEntrysIconIsInTheSprite() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        List<String> icons = new ArrayList<>();
        for (BeanDefinition d : scan.findCandidateComponents("org.ticportal.ui")) {
            String icon = Class.forName(d.getBeanClassName()).getAnnotation(Menu.class).icon();
            if (!icon.isBlank()) {
                icons.add(icon);
            }
        }
        assertThat(icons).hasSizeGreaterThan(20);
        for (String icon : icons) {
            assertThat(Icons.create(icon).getSymbol()).isEqualTo(icon.substring("vaadin:".length()));
        }
    }
}
