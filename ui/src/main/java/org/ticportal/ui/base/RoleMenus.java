package org.ticportal.ui.base;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The side navigation's entries a signed-in user may open, worked out once for each set of granted authorities.
 *
 * <p>Vaadin's {@link MenuConfiguration#getMenuEntries()} runs the navigation access check for every {@code @Menu}
 * view at each call, and each check looks the role prefix up through the class path (a service-loader scan); with the
 * portal's thirty-odd views that made up most of the frame's cost at every login (benchmark P8, issue 13). Which views
 * a user may open is declared on the view classes alone ({@code @RolesAllowed}, {@code @PermitAll}), so it is the same
 * for every user holding the same authorities: those are the key. The routes are registered once at start-up. A view
 * whose access came to depend on anything else (a custom navigation access checker, a route registered at run time)
 * would have to leave this cache. The authorities are a role and Spring Security's factor names, the same for many
 * users; an authority carrying something of one user's own (a unit, an id) would make the cache grow with the users.
 *
 * <p>Nothing is kept without a signed-in user (the login page has no menu), nor outside a request of a UI (work in
 * the background), where Vaadin does not check access and its list is nobody's menu.
 */
@Component
class RoleMenus {

    private final Map<Set<String>, List<MenuEntry>> byAuthorities = new ConcurrentHashMap<>();

    /** The menu of the current request's user, in Vaadin's order of the entries. */
    List<MenuEntry> forCurrentUser() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken
                || VaadinRequest.getCurrent() == null || UI.getCurrent() == null) {
            // Vaadin checks access only with a request and a UI at hand (without a request it lists nothing, without
            // a UI every menu view): such a result is nobody's menu to keep
            return MenuConfiguration.getMenuEntries();
        }
        Set<String> authorities = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        List<MenuEntry> menu = byAuthorities.get(authorities);
        if (menu == null) {
            // worked out outside the map's lock; two first requests of a role may both work it out: the first kept
            List<MenuEntry> worked = List.copyOf(MenuConfiguration.getMenuEntries());
            List<MenuEntry> kept = byAuthorities.putIfAbsent(authorities, worked);
            menu = kept != null ? kept : worked;
        }
        return menu;
    }
}
