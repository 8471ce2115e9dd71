package org.ticportal.ui.base;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.ValueProvider;

import org.ticportal.core.common.BulkResult;

/**
 * The report of a bulk action, which is all or nothing ({@link BulkResult}): every refused row, with the columns the
 * screen names and the reason, under a line saying that nothing was done; or a line saying how many rows were done.
 * 申报管理's 批量操作 and 绩效评估's 发送提醒 both show it, so that a refusal reads the same on either screen. Its
 * ids start with the screen's bar: {@code <bar>-report}, {@code -refused}, {@code -refusals}, {@code -done} and
 * {@code -report-close}.
 */
public class BulkReport extends Dialog {

    /** A column of the refused rows, before the reason: its header's message key and what it shows of a refusal. */
    public record Column(String headerKey, ValueProvider<BulkResult.Refusal, String> value) {
    }

    /**
     * The report of one run, closed and unopened; the screen opens it, then clears its selection and refreshes.
     *
     * @param barId      the id of the screen's bulk bar, which the report's ids start with
     * @param action     the action's name, as its menu item or button says it
     * @param chosen     how many rows the action was for
     * @param refusedKey the screen's line for a refusal, of (refused, chosen)
     * @param doneKey    the screen's line for success, of (done, action)
     * @param columns    what identifies a refused row (the reason follows them)
     */
    public BulkReport(String barId, String action, int chosen, BulkResult result, String refusedKey,
                      String doneKey, List<Column> columns) {
        setHeaderTitle(getTranslation("application.bulk.report", action));
        setId(barId + "-report");
        setWidth("min(56em, 95vw)");
        if (result.isRefused()) {
            Paragraph head = new Paragraph(getTranslation(refusedKey, result.refused().size(), chosen));
            head.setId(barId + "-refused");
            head.addClassName("notice");
            Grid<BulkResult.Refusal> list = new Grid<>();
            list.setId(barId + "-refusals");
            columns.forEach(c -> list.addColumn(c.value()).setHeader(getTranslation(c.headerKey()))
                    .setAutoWidth(true));
            list.addColumn(r -> getTranslation(r.messageKey(), r.arguments()))
                    .setHeader(getTranslation("application.bulk.reason")).setFlexGrow(1);
            list.setItems(result.refused());
            list.setAllRowsVisible(true);
            add(head, list);
        } else {
            Paragraph done = new Paragraph(getTranslation(doneKey, result.done().size(), action));
            done.setId(barId + "-done");
            add(done);
        }
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId(barId + "-report-close");
        getFooter().add(close);
    }
}
