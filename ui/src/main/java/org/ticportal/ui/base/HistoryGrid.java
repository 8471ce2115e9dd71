package org.ticportal.ui.base;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.ticportal.core.audit.AuditEvent;

/** The history of one record: when, who, what, from, to, comment; newest first, paged from the database. */
public class HistoryGrid extends FilterGrid<AuditEvent, String> {

    public HistoryGrid(String subjectId, BiFunction<String, Pageable, List<AuditEvent>> fetch,
                       ToLongFunction<String> count) {
        super(subjectId, fetch, count);
        addClassName("history-grid");
        addColumn("history.when", e -> Formats.dateTime(e.getOccurredAt(), getLocale()), "occurredAt");
        addColumn("history.who", AuditEvent::getActor, "actor");
        addColumn("history.action", e -> translateAction(e.getAction()), "action");
        addColumn("history.from", e -> orEmpty(e.getFromState()), null);
        addColumn("history.to", e -> orEmpty(e.getToState()), null);
        addColumn("history.comment", e -> orEmpty(e.getComment()), null).setTextAlign(ColumnTextAlign.START)
                .setFlexGrow(2);
        sort(List.of(new GridSortOrder<>(getColumnByKey("history.when"), SortDirection.DESCENDING)));
    }

    private String translateAction(String action) {
        String key = "history.action." + action;
        String text = getTranslation(key);
        return text.startsWith("!") ? action : text;
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
