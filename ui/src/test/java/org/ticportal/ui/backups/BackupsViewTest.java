package org.ticportal.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.provider.Query;

import com.vaadin.browserless.internal.MockVaadin;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.backup.BackupInfo;
import org.ticportal.core.backup.BackupStatus;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.base.NotFoundView;

/**
 * 数据备份: an administrator takes a backup now; it runs in the background with a progress bar (the page stays
 * usable), then appears in the list, complete, with its size, author and a download link. Other roles cannot open the
 * screen.
 */
class BackupsViewTest extends ViewTestBase {

    @SuppressWarnings("unchecked")
    private List<BackupInfo> rows() {
        Grid<BackupInfo> grid = find(Grid.class).withId("backups").single();
        return grid.getDataProvider().fetch(new Query<>()).toList();
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorBacksUpNowInTheBackgroundAndTheArchiveIsListedWithADownload() throws Exception {
        BackupsView view = navigate(BackupsView.class);
        int before = rows().size();

        test(find(Button.class).withId("backup-now").single()).click();
        ProgressBar progress = find(ProgressBar.class).withId("backup-progress").single();
        assertThat(progress.isVisible()).as("the progress bar shows while the backup runs").isTrue();
        assertThat(find(Button.class).withId("backup-now").single().isEnabled()).isFalse();
        assertThat(rows()).first().satisfies(r -> assertThat(r.status()).isIn(BackupStatus.RUNNING,
                BackupStatus.COMPLETE));

        view.lastBackup().get(120, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip();
        assertThat(progress.isVisible()).isFalse();
        assertThat(find(Span.class).withId("backup-status").single().getText()).startsWith("备份 ticportal-backup-")
                .contains("已完成");
        List<BackupInfo> after = rows();
        assertThat(after).hasSize(before + 1);
        BackupInfo newest = after.getFirst();
        assertThat(newest.status()).isEqualTo(BackupStatus.COMPLETE);
        assertThat(newest.createdBy()).isEqualTo("admin");
        assertThat(newest.sizeBytes()).isPositive();
        Grid<?> grid = find(Grid.class).withId("backups").single();
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("完成");
        assertThat(test(grid).getCellComponent(0, "download").getChildren().toList()).singleElement()
                .isInstanceOf(Anchor.class);
        assertThat(find(Button.class).withId("backup-now").single().isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails("bureau")
    void bureauStaffCannotOpenTheBackups() {
        UI.getCurrent().navigate("admin/backups");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(Grid.class).withId("backups").exists()).isFalse();
    }
}
