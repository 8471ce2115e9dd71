package org.ticportal.ui.apiclients;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.ticportal.core.apiclient.ApiClientRow;
import org.ticportal.core.apiclient.ApiClientService;
import org.ticportal.core.registration.RegistrationChoices;
import org.ticportal.core.registration.RegistrationService;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.Formats;
import org.ticportal.ui.base.Icons;
import org.ticportal.ui.base.Messages;
import org.ticportal.ui.base.ViewTitles;

/**
 * 开放接口: the machine clients of the read-only API (provincial and national S&T systems, the bureau's website), newest
 * first, with their scope, who created them and when they last called. 新建客户端 creates one and shows its token once
 * ({@link TokenDialog}); 吊销 revokes one after a confirmation, and its token is refused from the next call on.
 */
@Route("admin/api-clients")
@Menu(title = "nav.apiClients", order = 55, icon = "vaadin:connect")
@RolesAllowed("ADMIN")
public class ApiClientsView extends VerticalLayout implements HasDynamicTitle {

    private final ApiClientService clients;
    private final FilterGrid<ApiClientRow, String> grid;
    private final Map<String, String> scopeNames = new HashMap<>();

    ApiClientsView(ApiClientService clients, RegistrationService registrations) {
        this.clients = clients;
        addClassName("api-clients-view");
        setSizeFull();
        Locale locale = getLocale();
        List<RegistrationChoices.JurisdictionChoice> jurisdictions = registrations.choices().jurisdictions();
        for (var j : jurisdictions) {
            scopeNames.put(j.code(), j.name().get(locale));
            j.divisions().forEach(d -> scopeNames.put(j.code() + "/" + d.code(), d.name().get(locale)));
        }

        grid = new FilterGrid<>("", (filter, page) -> clients.list(page).getContent(), filter -> clients.count());
        grid.setId("api-clients-grid");
        grid.addColumn("apiClients.name", ApiClientRow::name, "name").setFlexGrow(2);
        grid.addColumn("apiClients.scope", this::scope, null).setFlexGrow(2);
        grid.addColumn("apiClients.createdAt", c -> Formats.dateTime(c.createdAt(), locale), "createdAt");
        grid.addColumn("apiClients.createdBy", ApiClientRow::createdBy, null);
        grid.addColumn("apiClients.lastUsedAt", c -> c.lastUsedAt() == null ? getTranslation("apiClients.neverUsed")
                : Formats.dateTime(c.lastUsedAt(), locale), "lastUsedAt");
        grid.exportAs(grid.addComponentColumn(this::status).setHeader(getTranslation("apiClients.status"))
                .setKey("apiClients.status").setAutoWidth(true), "apiClients.status",
                c -> getTranslation(statusKey(c)));
        grid.addComponentColumn(this::revokeButton).setKey("apiClients.actions").setAutoWidth(true)
                .setFlexGrow(0);

        Button create = new Button(getTranslation("apiClients.new"), Icons.create(VaadinIcon.PLUS),
                e -> new ApiClientDialog(clients, jurisdictions, created -> {
                    grid.refresh();
                    new TokenDialog(created).open();
                }).open());
        create.setId("api-client-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor docs = new Anchor("/swagger-ui.html", getTranslation("apiClients.docs"));
        docs.setTarget("_blank");
        docs.setId("api-docs-link");
        HorizontalLayout toolbar = new HorizontalLayout(create, grid.columnChooser(), docs);
        toolbar.addClassName("view-toolbar");
        toolbar.setAlignItems(Alignment.CENTER);
        Paragraph help = new Paragraph(getTranslation("apiClients.help"));
        help.addClassName("field-help");
        add(toolbar, help, grid);
        expand(grid);
    }

    private String scope(ApiClientRow c) {
        String jurisdiction = scopeNames.getOrDefault(c.jurisdictionCode(), c.jurisdictionCode());
        if (c.divisionCode() == null) {
            return getTranslation("apiClients.scope.jurisdiction", jurisdiction, c.jurisdictionCode());
        }
        return getTranslation("apiClients.scope.division", jurisdiction,
                scopeNames.getOrDefault(c.jurisdictionCode() + "/" + c.divisionCode(), c.divisionCode()),
                c.divisionCode());
    }

    private static String statusKey(ApiClientRow c) {
        return c.revoked() ? "apiClients.status.revoked" : "apiClients.status.active";
    }

    private Span status(ApiClientRow c) {
        Span badge = new Span(getTranslation(statusKey(c)));
        badge.getElement().getThemeList().add(c.revoked() ? "badge contrast" : "badge success");
        if (c.revoked()) {
            badge.setTitle(getTranslation("apiClients.revokedBy", c.revokedBy(),
                    Formats.dateTime(c.revokedAt(), getLocale())));
        }
        return badge;
    }

    private Span revokeButton(ApiClientRow c) {
        Span cell = new Span();
        if (!c.revoked()) {
            Button revoke = new Button(getTranslation("apiClients.revoke"), Icons.create(VaadinIcon.BAN),
                    e -> confirmRevoke(c));
            revoke.setId("api-client-revoke-" + c.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            cell.add(revoke);
        }
        return cell;
    }

    private void confirmRevoke(ApiClientRow c) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("apiClients.revoke.title", c.name()),
                getTranslation("apiClients.revoke.text", c.name()), getTranslation("apiClients.revoke"), ok -> {
                    try {
                        clients.revoke(c.id(), c.version());
                        Messages.success(this, "apiClients.revoked", c.name());
                    } catch (RuntimeException ex) {
                        Messages.error(this, "apiClients.failed", Messages.describe(this, ex));
                    }
                    grid.refresh();
                });
        confirm.setId("api-client-revoke-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.apiClients");
    }
}
