package org.ticportal.ui.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.ui.ViewTestBase;

/** The progress dialog of a bulk action run in the background. */
class BulkProgressTest extends ViewTestBase {

    /**
     * Work refused before it starts (a service's role check throws at once instead of returning a failed future)
     * closes the dialog, which the user cannot close, stops the polling and hands the refusal over.
     */
    @Test
    @WithUserDetails("county")
    void workRefusedBeforeItStartsClosesTheDialogAndStopsPolling() {
        BulkProgress progress = new BulkProgress("抽取专家组", 3, false);
        AtomicReference<Throwable> cause = new AtomicReference<>();
        CompletableFuture<Void> shown = progress.run(fraction -> {
            throw new AccessDeniedException("Access Denied");
        }, (result, error) -> cause.set(error));

        assertThat(shown).isCompleted();
        assertThat(cause.get()).isInstanceOf(AccessDeniedException.class);
        assertThat(progress.isOpened()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    /** Work that ends hands its result over on the UI thread, then the dialog is closed and polling stopped. */
    @Test
    @WithUserDetails("county")
    void workThatEndsHandsItsResultOver() {
        BulkProgress progress = new BulkProgress("抽取专家组", 3, false);
        AtomicReference<String> got = new AtomicReference<>();
        CompletableFuture<Void> shown = progress.run(fraction -> {
            fraction.accept(0.5);
            return CompletableFuture.completedFuture("done");
        }, (result, error) -> got.set(result));
        MockVaadin.clientRoundtrip();

        assertThat(shown).isCompleted();
        assertThat(got.get()).isEqualTo("done");
        assertThat(progress.isOpened()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    /** Work failing at once for another reason goes to the session's error handler (logged), the dialog closed. */
    @Test
    @WithUserDetails("county")
    void workFailingUnexpectedlyAtOnceIsNotSwallowed() {
        BulkProgress progress = new BulkProgress("抽取专家组", 3, false);
        AtomicReference<Throwable> cause = new AtomicReference<>();
        assertThatThrownBy(() -> progress.run(fraction -> {
            throw new IllegalStateException("a bug");
        }, (result, error) -> cause.set(error))).isInstanceOf(IllegalStateException.class);

        assertThat(cause.get()).isNull();
        assertThat(progress.isOpened()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }
}
