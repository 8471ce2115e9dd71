package org.ticportal.ui.base;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import org.ticportal.core.db.DatabaseUnavailable;
import org.ticportal.core.notification.NotificationService;
import org.ticportal.core.search.GlobalSearch;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserAccount;
import org.ticportal.core.user.UserService;

/**
 * The frame of every screen after login: the side navigation, built from the views' {@code @Menu} entries the user
 * may open (so each role sees its own menu), the page title, the current user and role, the language switch and
 * logout. Menu titles are translation keys. Staff with record screens (not experts) have the global search box, which
 * suggests the first records as they type ({@code SearchSuggestions}); Enter opens {@code search?q=…}.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final UserService users;
    private final NotificationService notifications;
    private final H1 viewTitle = new H1();
    private final Button bell = new Button(Icons.create(VaadinIcon.BELL));
    private final Span unread = new Span();
    private final TextField search = new TextField();
    private final GlobalSearch globalSearch;

    MainLayout(AuthenticationContext authentication, UserService users, NotificationService notifications,
               GlobalSearch globalSearch, RoleMenus menus) {
        this.globalSearch = globalSearch;
        this.authentication = authentication;
        this.users = users;
        this.notifications = notifications;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(navigation(menus)));
        // the signed-in user read once for the title bar (one query, not three), and not kept in the session
        addToNavbar(true, new DrawerToggle(), titleBar(currentUser()));
    }

    private Component brand() {
        Span name = new Span(getTranslation("app.title"));
        name.addClassName("brand-name");
        Div brand = new Div(name);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation(RoleMenus menus) {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        for (MenuEntry entry : menus.forCurrentUser()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(Icons.create(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component titleBar(Optional<UserAccount> user) {
        viewTitle.addClassName("view-title");
        HorizontalLayout bar = new HorizontalLayout(viewTitle);
        if (user.map(u -> u.getRole() != Role.EXPERT).orElse(false)) {
            bar.add(searchBox(user));
        }
        bar.add(userBox(user));
        bar.addClassName("title-bar");
        bar.setWidthFull();
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.expand(viewTitle);
        return bar;
    }

    private Component userBox(Optional<UserAccount> user) {
        HorizontalLayout box = new HorizontalLayout();
        box.addClassName("user-box");
        box.setAlignItems(HorizontalLayout.Alignment.CENTER);
        user.ifPresent(account -> {
            Span name = new Span(account.getDisplayName());
            name.addClassName("user-name");
            Span role = new Span(getTranslation("role." + account.getRole().name()));
            role.getElement().getThemeList().add("badge");
            role.addClassName("user-role");
            box.add(name, role);
        });
        box.add(bell());
        Button logout = new Button(getTranslation("action.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        box.add(new LanguageSwitch(), logout);
        return box;
    }

    /** 全局搜索: Enter searches centers, applications, units and experts in the user's scope. */
    private Component searchBox(Optional<UserAccount> user) {
        search.setId("global-search");
        search.addClassName("global-search");
        search.setPlaceholder(getTranslation("search.placeholder"));
        search.setAriaLabel(getTranslation("search.label"));
        search.setPrefixComponent(Icons.create(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setMaxLength(100);
        // Enter opens the marked suggestion or the results page (search?q=…)
        return new org.ticportal.ui.search.SearchSuggestions(search, globalSearch,
                user.map(UserAccount::getRole).orElse(Role.APPLICANT));
    }

    /** The bell: how many notifications are unread; a click opens the list (通知). */
    private Component bell() {
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.getElement().setAttribute("aria-label", getTranslation("notifications.title"));
        bell.addClickListener(e -> bell.getUI().ifPresent(ui -> ui.navigate("notifications")));
        unread.setId("notification-count");
        unread.getElement().getThemeList().add("badge error pill small");
        bell.setSuffixComponent(unread);
        return bell;
    }

    private void countUnread() {
        long count;
        try {
            count = currentUser().isPresent() ? notifications.unreadCount() : 0;
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            count = 0;
        }
        unread.setText(count > 99 ? "99+" : Long.toString(count));
        unread.setVisible(count > 0);
        bell.setTooltipText(getTranslation("notifications.unreadCount", count));
    }

    /** The signed-in user, or none while the database is away (the frame still shows, with its error page). */
    private Optional<UserAccount> currentUser() {
        try {
            return users.currentUser();
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.isCause(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(currentTitle());
        countUnread();
        // the search page keeps its text in the box; elsewhere the box starts empty
        search.setValue("search".equals(event.getLocation().getPath())
                ? event.getLocation().getQueryParameters().getSingleParameter("q").orElse("") : "");
    }

    private String currentTitle() {
        Component content = getContent();
        if (content instanceof HasDynamicTitle dynamic) {
            return dynamic.getPageTitle().replaceFirst(" \\| .*$", "");
        }
        PageTitle title = content == null ? null : content.getClass().getAnnotation(PageTitle.class);
        return title == null ? "" : getTranslation(title.value());
    }
}
