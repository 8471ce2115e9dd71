package org.ticbench.bare;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.Lumo;

/** The bare application's frame, like the portal's: a title and a side navigation with the two views. */
@AnonymousAllowed
@StyleSheet(Lumo.STYLESHEET)
public class BareLayout extends AppLayout {

    public BareLayout() {
        addToNavbar(new H1("Bare"));
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("首页", BareHomeView.class), new SideNavItem("申报管理", BareGridView.class));
        addToDrawer(nav);
    }
}
