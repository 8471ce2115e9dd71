package org.ticportal.ui.applications;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.ticportal.core.common.BusinessException;

/**
 * The dialog of a {@link BulkActions} action that runs in the background (抽取专家组, or an action on every matching
 * row): what runs on how many rows and a progress bar, the draw's share done or, when nothing tells it, one that only
 * says that it runs. Neither a click outside nor Esc closes it; the UI polls for the outcome while the work runs, and
 * the dialog closes when the outcome is shown.
 */
class BulkProgress extends Dialog {

    private static final int POLL_MS = 300;

    private final ProgressBar bar = new ProgressBar();

    /** @param indeterminate whether the bar only says that the action runs (nothing reports its progress) */
    BulkProgress(String action, int rows, boolean indeterminate) {
        super(action);
        setId("applications-bulk-progress");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        if (indeterminate) {
            bar.setIndeterminate(true);
        }
        bar.setWidth("24em");
        add(new Paragraph(getTranslation("application.bulk.running", rows)), bar);
    }

    /**
     * Opens the dialog and starts the work, the UI polling for its outcome; once the work is done, on the UI thread,
     * stops polling, closes the dialog and hands the outcome over: the result, or the cause of the failure.
     *
     * @param start   starts the work, given what it tells how far it got (0 to 1), from any thread
     * @param outcome the result and {@code null}, or {@code null} and the cause of the failure
     * @return complete once the outcome was handed over
     */
    <R> CompletableFuture<Void> run(Function<DoubleConsumer, CompletableFuture<R>> start,
                                    BiConsumer<R, @Nullable Throwable> outcome) {
        open();
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MS);
        CompletableFuture<R> work;
        try {
            work = start.apply(fraction -> ui.access(() -> bar.setValue(fraction)));
        } catch (RuntimeException failed) {
            // nothing runs: the dialog, which the user cannot close, goes and the polling stops
            ui.setPollInterval(-1);
            close();
            if (!(failed instanceof BusinessException || failed instanceof AccessDeniedException)) {
                throw failed; // unexpected: the session's error handler logs it and says so
            }
            // refused before it started (e.g. the role check of the service that starts it): its message
            outcome.accept(null, failed);
            return CompletableFuture.completedFuture(null);
        }
        return work.handle((result, error) -> {
            ui.access(() -> {
                ui.setPollInterval(-1);
                close();
                Throwable cause = error instanceof CompletionException c && c.getCause() != null ? c.getCause() : error;
                outcome.accept(result, cause);
            });
            return null;
        });
    }
}
