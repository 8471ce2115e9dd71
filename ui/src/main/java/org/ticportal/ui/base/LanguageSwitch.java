package org.ticportal.ui.base;

import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;

/** 中文 / English: switches the session's language and reloads the page. */
public class LanguageSwitch extends Composite<Select<Locale>> {

    public LanguageSwitch() {
        Select<Locale> select = getContent();
        select.addClassName("language-switch");
        select.setItems(PortalI18nProvider.CHINESE, PortalI18nProvider.ENGLISH);
        select.setItemLabelGenerator(locale -> PortalI18nProvider.ENGLISH.equals(locale) ? "English" : "中文");
        select.setAriaLabel(getTranslation("language.label"));
        select.setValue(PortalI18nProvider.supported(getLocale()));
        select.setWidth("8em");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                LocaleSupport.switchTo(e.getValue());
            }
        });
    }
}
