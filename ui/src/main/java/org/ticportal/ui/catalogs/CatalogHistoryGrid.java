package org.ticportal.ui.catalogs;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.catalog.CatalogService;
import org.ticportal.ui.base.FilterGrid;
import org.ticportal.ui.base.Formats;

/**
 * The history of the changes to one policy's catalogs: when, who, what, which catalog and entry, the name before and
 * after; newest first, paged from the audit trail.
 */
class CatalogHistoryGrid extends FilterGrid<AuditEvent, String> {

    /**
     * @param policyId      the policy whose catalog changes to show
     * @param catalogTitles the catalogs' display names by code
     */
    CatalogHistoryGrid(AuditService audit, String policyId, Map<String, String> catalogTitles) {
        super(policyId, (id, page) -> audit.history(AuditSubject.CATALOG, id, page).getContent(),
                id -> audit.history(AuditSubject.CATALOG, id, PageRequest.of(0, 1)).getTotalElements());
        setId("catalogs-history");
        addClassName("history-grid");
        addColumn("history.when", e -> Formats.dateTime(e.getOccurredAt(), getLocale()), "occurredAt");
        addColumn("history.who", AuditEvent::getActor, "actor");
        addColumn("catalogs.history.action", e -> action(e.getAction()), "action");
        addColumn("catalogs.history.catalog", e -> CatalogService.entryOf(e.getComment())
                .map(r -> catalogTitles.getOrDefault(r.catalog(), r.catalog())).orElse(""), null);
        addColumn("catalogs.history.entry", e -> CatalogService.entryOf(e.getComment())
                .map(CatalogService.EntryRef::code).orElse(orEmpty(e.getComment())), null);
        addColumn("catalogs.history.before", e -> orEmpty(e.getFromState()), null).setTextAlign(ColumnTextAlign.START)
                .setFlexGrow(2);
        addColumn("catalogs.history.after", e -> orEmpty(e.getToState()), null).setTextAlign(ColumnTextAlign.START)
                .setFlexGrow(2);
        sort(List.of(new GridSortOrder<>(getColumnByKey("history.when"), SortDirection.DESCENDING)));
    }

    private String action(String action) {
        String text = getTranslation("catalogs.history.action." + action);
        return text.startsWith("!") ? action : text;
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
