package org.ticportal.ui.base;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.ticportal.core.audit.AuditEvent;

/** The history of one record: when, who, what, from, to, comment; newest first, paged from the database. */
public class HistoryGrid extends FilterGrid<AuditEvent, String> {

    private Function<String, String> stateLabel = Function.identity();

    public HistoryGrid(String subjectId, BiFunction<String, Pageable, List<AuditEvent>> fetch,
                       ToLongFunction<String> count) {
        super(subjectId, fetch, count);
        addClassName("history-grid");
        addColumn("history.when", e -> Formats.dateTime(e.getOccurredAt(), getLocale()), "occurredAt");
        addColumn("history.who", AuditEvent::getActor, "actor");
        addColumn("history.action", e -> translateAction(e.getAction()), "action");
        addColumn("history.from", e -> state(e.getFromState()), null);
        addColumn("history.to", e -> state(e.getToState()), null);
        addColumn("history.comment", e -> orEmpty(e.getComment()), null).setTextAlign(ColumnTextAlign.START)
                .setFlexGrow(2);
        sort(List.of(new GridSortOrder<>(getColumnByKey("history.when"), SortDirection.DESCENDING)));
    }

    /** Shows the from and to states through the screen's labels (e.g. DRAFT → 填报中) instead of their codes. */
    public HistoryGrid withStateLabels(Function<String, String> labels) {
        this.stateLabel = labels;
        getDataProvider().refreshAll();
        return this;
    }

    private String state(@Nullable String code) {
        return code == null ? "" : stateLabel.apply(code);
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
