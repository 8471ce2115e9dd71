package org.ticportal.core.expert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.DoubleConsumer;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.XlsxRows;
import org.ticportal.policy.api.LocalizedText;

/**
 * Imports experts from an Excel workbook (.xlsx) in the background: the first sheet, row 1 a header, then one expert a
 * row in the columns name, unit, unit's credit code, title level, fields (separated by 、 , ; or spaces), phone,
 * e-mail, login. Title levels and fields may be given by code or by name (Chinese or English). Every row is checked
 * first; if any is bad, the import reports every bad row with its number and imports nothing; otherwise all rows are
 * added in one transaction (a failure there rolls all back and names its row).
 */
@Service
public class ExpertImportService {

    /** The largest workbook accepted. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The most rows a workbook may have. */
    public static final int MAX_ROWS = 2000;

    private final ExpertService experts;
    private final Validator validator;
    private final TransactionTemplate transaction;
    private final Executor executor;

    ExpertImportService(ExpertService experts, Validator validator, PlatformTransactionManager transactions,
                        @Qualifier("applicationTaskExecutor") ObjectProvider<Executor> executor) {
        this.experts = experts;
        this.validator = validator;
        this.transaction = new TransactionTemplate(transactions);
        this.executor = executor.getIfAvailable(() -> new SimpleAsyncTaskExecutor("expert-import-"));
    }

    /**
     * Starts an import into a jurisdiction's pool.
     *
     * @param progress told of the progress (0 to 1) from the import's thread; it should only hand the news on
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public ExpertImport start(String jurisdictionCode, byte[] xlsx, DoubleConsumer progress) {
        if (xlsx.length > MAX_BYTES) {
            throw new BusinessException("expert.import.tooLarge");
        }
        ExpertImport running = new ExpertImport();
        Runnable work = () -> {
            try {
                running.complete(run(jurisdictionCode, xlsx, fraction -> {
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

    private ExpertImport.Result run(String jurisdictionCode, byte[] xlsx, DoubleConsumer progress) {
        TreeMap<Integer, Map<Integer, String>> rows = XlsxRows.read(xlsx, MAX_ROWS + 1);
        rows.remove(rows.isEmpty() ? 0 : rows.firstKey()); // the header
        Map<String, LocalizedText> fields = experts.fields(jurisdictionCode);
        Map<String, LocalizedText> levels = experts.titleLevels(jurisdictionCode);
        List<ExpertImport.RowProblem> problems = new ArrayList<>();
        List<Row> good = new ArrayList<>();
        Set<String> logins = new HashSet<>();
        int done = 0;
        for (Map.Entry<Integer, Map<Integer, String>> e : rows.entrySet()) {
            int row = e.getKey();
            Map<Integer, String> c = e.getValue();
            List<String> fieldCodes = new ArrayList<>();
            List<String> given = Arrays.stream(cell(c, 4).split("[\\u3001,\\uff0c;\\uff1b\\s]+"))
                    .filter(s -> !s.isBlank()).toList();
            for (String f : given) {
                String code = code(fields, f);
                if (code == null) {
                    problems.add(new ExpertImport.RowProblem(row, "expert.fields.unknown", List.of(f)));
                } else {
                    fieldCodes.add(code);
                }
            }
            String level = cell(c, 3);
            String levelCode = levels.isEmpty() ? level : code(levels, level);
            if (levelCode == null) {
                problems.add(new ExpertImport.RowProblem(row, "expert.titleLevel.unknown", List.of(level)));
                levelCode = level;
            }
            ExpertDraft draft = new ExpertDraft(cell(c, 0), cell(c, 1), cell(c, 2), levelCode, fieldCodes,
                    cell(c, 5), cell(c, 6), true);
            boolean unknownField = fieldCodes.isEmpty() && !cell(c, 4).isBlank();
            for (ConstraintViolation<ExpertDraft> v : validator.validate(draft)) {
                if (unknownField && v.getPropertyPath().toString().equals("fields")) {
                    continue; // already reported as unknown
                }
                String template = v.getMessageTemplate();
                problems.add(new ExpertImport.RowProblem(row, template.startsWith("{")
                        ? template.substring(1, template.length() - 1) : template, List.of()));
            }
            String login = cell(c, 7);
            if (!login.isEmpty() && (!login.matches("[a-zA-Z0-9._-]{3,64}")
                    || !logins.add(login.toLowerCase(Locale.ROOT)))) {
                problems.add(new ExpertImport.RowProblem(row, "expert.import.login", List.of(login)));
            }
            if (problems.stream().noneMatch(p -> p.row() == row)) {
                try {
                    experts.check(jurisdictionCode, draft);
                    good.add(new Row(row, draft, login.isEmpty() ? null : login));
                } catch (BusinessException b) {
                    problems.add(new ExpertImport.RowProblem(row, b.getMessageKey(),
                            Arrays.stream(b.getArguments()).map(String::valueOf).toList()));
                }
            }
            progress.accept(0.5 * ++done / Math.max(1, rows.size()));
        }
        if (rows.isEmpty()) {
            problems.add(new ExpertImport.RowProblem(1, "expert.import.empty", List.of()));
        }
        if (!problems.isEmpty()) {
            return new ExpertImport.Result(0, problems);
        }
        List<ExpertImport.RowProblem> failed = new ArrayList<>();
        Integer count = transaction.execute(status -> {
            int n = 0;
            for (Row r : good) {
                try {
                    experts.create(jurisdictionCode, r.draft(), r.login());
                } catch (BusinessException b) {
                    failed.add(new ExpertImport.RowProblem(r.row(), b.getMessageKey(),
                            Arrays.stream(b.getArguments()).map(String::valueOf).toList()));
                    status.setRollbackOnly();
                    return 0;
                }
                progress.accept(0.5 + 0.5 * ++n / good.size());
            }
            return n;
        });
        return failed.isEmpty() ? new ExpertImport.Result(count == null ? 0 : count, List.of())
                : new ExpertImport.Result(0, failed);
    }

    private static String cell(Map<Integer, String> cells, int column) {
        String v = cells.get(column);
        return v == null ? "" : v.strip();
    }

    /** The code a cell names, by code or by its Chinese or English name. */
    private static @Nullable String code(Map<String, LocalizedText> entries, String given) {
        if (entries.containsKey(given)) {
            return given;
        }
        return entries.entrySet().stream().filter(e -> e.getValue().zh().equals(given)
                || e.getValue().en().equalsIgnoreCase(given)).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private record Row(int row, ExpertDraft draft, @Nullable String login) {
    }
}
