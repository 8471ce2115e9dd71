package org.ticportal.ui.base;

import com.vaadin.flow.component.Component;

/** Page titles: "视图 | 技术创新中心认定管理平台". */
public final class ViewTitles {

    private ViewTitles() {
    }

    public static String of(Component view, String key) {
        return view.getTranslation(key) + " | " + view.getTranslation("app.title");
    }
}
