package org.ticportal.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

/**
 * 三权分立 in the services: the auditor's role opens only reading the audit trail (and keeping their own saved views of
 * it). Every service method whose role check names {@code AUDITOR} is one of those, and the trail's are read-only
 * transactions; a write opened to auditors elsewhere fails here.
 */
class AuditorChangesNothingTest {

    /**
     * The methods that may name the auditor: the audit screen's reads, the dashboard's counts of the trail, the
     * user's own saved views.
     */
    private static final Set<String> ALLOWED = Set.of("AuditService.search", "AuditService.count",
            "AuditService.history", "AuditStatistics.byAction", "SavedViewService.*");

    @Test
    void onlyTheTrailsReadsAndTheAuditorsOwnViewsNameTheAuditor() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> true);
        List<String> naming = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.ticportal.core")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            PreAuthorize onClass = type.getAnnotation(PreAuthorize.class);
            if (onClass != null && onClass.value().contains("AUDITOR")) {
                naming.add(type.getSimpleName() + ".*");
            }
            for (Method m : type.getDeclaredMethods()) {
                PreAuthorize check = m.getAnnotation(PreAuthorize.class);
                if (check != null && check.value().contains("AUDITOR")) {
                    naming.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(naming).as("service methods open to auditors").isNotEmpty()
                .allMatch(n -> ALLOWED.contains(n) || ALLOWED.contains(n.substring(0, n.indexOf('.')) + ".*"));
        for (String read : List.of("search", "count", "history")) {
            assertThat(Set.of(AuditService.class.getMethods()).stream().filter(m -> m.getName().equals(read)))
                    .allMatch(m -> m.getAnnotation(Transactional.class).readOnly());
        }
        assertThat(AuditStatistics.class.getAnnotation(Transactional.class).readOnly())
                .as("the dashboard's counts of the trail only read").isTrue();
    }
}
