package org.ticportal.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

/** The background import of a holiday CSV, on the caller's thread: a screen that cannot be told does not stop it. */
class CalendarImportServiceTest {

    private static final ImportResult RESULT = new ImportResult(new TreeMap<>(java.util.Map.of(2027, 30)), Set.of(),
            "国务院办公厅");

    @Test
    @SuppressWarnings("unchecked")
    void anImportCompletesWhenTheScreensProgressCallbackFails() {
        List<ImportProgress> seen = new ArrayList<>();
        WorkingDayCalendar calendar = mock(WorkingDayCalendar.class);
        when(calendar.importCsv(any(Reader.class), anyString(), any())).thenAnswer(inv -> {
            Consumer<ImportProgress> progress = inv.getArgument(2);
            progress.accept(new ImportProgress(1, 2, 2027));
            progress.accept(new ImportProgress(2, 2, 2027));
            return RESULT;
        });
        ObjectProvider<Executor> executors = mock(ObjectProvider.class);
        when(executors.getIfAvailable(any(Supplier.class))).thenReturn((Executor) Runnable::run);
        CalendarImportService service = new CalendarImportService(calendar, executors);

        RunningImport running = service.start("2027-01-01,HOLIDAY\n".getBytes(), "", step -> {
            seen.add(step);
            throw new IllegalStateException("the UI is detached");
        });

        assertThat(running.result()).isCompletedWithValue(RESULT);
        assertThat(running.progress()).isEqualTo(new ImportProgress(2, 2, 2027));
        assertThat(seen).hasSize(2);
    }
}
