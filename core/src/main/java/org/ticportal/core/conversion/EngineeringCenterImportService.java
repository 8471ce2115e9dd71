package org.ticportal.core.conversion;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.DoubleConsumer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.XlsxRows;
import org.ticportal.policy.api.LocalizedText;

/**
 * Imports the registry of engineering technology research centers from an Excel workbook (.xlsx): the first sheet,
 * row 1 a header, then one engineering center a row. The bureau maps the columns to the registry's fields
 * ({@link ColumnMapping}; {@link #preview} guesses the mapping from the header). <b>All or nothing</b>: every row is
 * checked first ({@link EngineeringCenterRows}: missing name, unit or year, a credit code whose check character is
 * wrong, a division the jurisdiction's policy does not know, a name twice in the file or already in the registry);
 * if any row is bad the import reports every bad row with its number and why, and writes nothing; otherwise all rows
 * are added in one transaction (a failure there rolls all back). It runs in the background and reports its progress
 * (checking the first half, writing the second), as the expert import does.
 */
@Service
public class EngineeringCenterImportService {

    /** The largest workbook accepted. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The most data rows a workbook may have. */
    public static final int MAX_ROWS = 5000;
    private static final int SAMPLE = 5;

    private final EngineeringCenterRepository centers;
    private final EngineeringCenterService registry;
    private final AuditService audit;
    private final TransactionTemplate transaction;
    private final Executor executor;
    private final Clock clock;

    EngineeringCenterImportService(EngineeringCenterRepository centers, EngineeringCenterService registry,
                                   AuditService audit, PlatformTransactionManager transactions, Clock clock,
                                   @Qualifier("applicationTaskExecutor") ObjectProvider<Executor> executor) {
        this.centers = centers;
        this.registry = registry;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.executor = executor.getIfAvailable(() -> new SimpleAsyncTaskExecutor("engineering-import-"));
    }

    /** The workbook's header, the guessed mapping and its first rows; refused when it is no readable workbook. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public SheetPreview preview(byte[] xlsx) {
        TreeMap<Integer, Map<Integer, String>> rows = read(xlsx);
        Map<Integer, String> header = rows.isEmpty() ? Map.of() : rows.remove(rows.firstKey());
        Map<Integer, String> headers = new TreeMap<>(header);
        rows.values().forEach(r -> r.keySet().forEach(c -> headers.putIfAbsent(c, "")));
        return new SheetPreview(headers, ColumnMapping.guess(header), rows.size(),
                rows.values().stream().limit(SAMPLE).toList());
    }

    /**
     * Starts an import into the jurisdiction's registry, for one of its policy's conversion sources.
     *
     * @param progress told of the progress (0 to 1) from the import's thread; it should only hand the news on
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public EngineeringCenterImport start(String jurisdictionCode, String sourceCode, byte[] xlsx,
                                         ColumnMapping mapping, DoubleConsumer progress) {
        String jurisdiction = registry.jurisdictionOf(jurisdictionCode);
        if (registry.sources(jurisdiction).stream().noneMatch(s -> s.code().equals(sourceCode))) {
            throw new BusinessException("conversion.sourceUnknown", sourceCode);
        }
        if (xlsx.length > MAX_BYTES) {
            throw new BusinessException("expert.import.tooLarge");
        }
        Map<String, LocalizedText> divisions = registry.divisionsOf(jurisdiction);
        EngineeringCenterImport running = new EngineeringCenterImport();
        Runnable work = () -> {
            try {
                running.complete(run(jurisdiction, sourceCode, xlsx, mapping, divisions, fraction -> {
                    running.step(fraction);
                    try {
                        progress.accept(fraction);
                    } catch (RuntimeException e) {
                        // the screen is gone: the import goes on
                    }
                }));
            } catch (RuntimeException | Error e) {
                running.fail(e);
            }
        };
        try {
            executor.execute(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
        } catch (RejectedExecutionException e) {
            running.fail(e);
        }
        return running;
    }

    private EngineeringCenterImport.Result run(String jurisdiction, String source, byte[] xlsx, ColumnMapping mapping,
                                               Map<String, LocalizedText> divisions, DoubleConsumer progress) {
        TreeMap<Integer, Map<Integer, String>> rows = read(xlsx);
        rows.remove(rows.isEmpty() ? 0 : rows.firstKey()); // the header
        Set<String> registered = new HashSet<>();
        centers.namesIn(jurisdiction).forEach(n -> registered.add(EngineeringCenterRows.blankless(n)));
        int total = Math.max(1, rows.size());
        EngineeringCenterRows.Checked checked = EngineeringCenterRows.check(rows, mapping, divisions, registered,
                Year.now(clock), done -> progress.accept(0.5 * done / total));
        if (!checked.problems().isEmpty()) {
            return new EngineeringCenterImport.Result(rows.size(), 0, checked.problems());
        }
        List<ImportProblem> failed = new ArrayList<>();
        Integer count = transaction.execute(status -> {
            int n = 0;
            String by = AuditService.currentActor();
            for (Map.Entry<Integer, EngineeringCenterDraft> r : checked.good().entrySet()) {
                try {
                    centers.saveAndFlush(new EngineeringCenter(jurisdiction, source, r.getValue(), clock.instant(),
                            by));
                } catch (DataIntegrityViolationException e) {
                    // another import added the same name meanwhile
                    failed.add(new ImportProblem(r.getKey(), "conversion.import.duplicateInRegistry",
                            List.of(r.getValue().name())));
                    status.setRollbackOnly();
                    return 0;
                }
                progress.accept(0.5 + 0.5 * ++n / checked.good().size());
            }
            audit.record(AuditSubject.ENGINEERING_CENTER, jurisdiction, AuditAction.ENGINEERING_CENTERS_IMPORTED, null,
                    Integer.toString(n), source);
            return n;
        });
        return failed.isEmpty()
                ? new EngineeringCenterImport.Result(rows.size(), count == null ? 0 : count, List.of())
                : new EngineeringCenterImport.Result(rows.size(), 0, failed);
    }

    private static TreeMap<Integer, Map<Integer, String>> read(byte[] xlsx) {
        if (xlsx.length > MAX_BYTES) {
            throw new BusinessException("expert.import.tooLarge");
        }
        return XlsxRows.read(xlsx, MAX_ROWS + 1);
    }
}
