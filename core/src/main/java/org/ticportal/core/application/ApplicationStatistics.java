package org.ticportal.core.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.call.CallService;
import org.ticportal.core.call.CallSummary;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.core.common.CrossCount;
import org.ticportal.core.common.GroupCount;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;

/**
 * The applications counted for the statistics (统计看板, 汇总表): by stage, by call, by call × outcome, and those past
 * their stage's time limit, grouped in the database within the user's scope — the applications 申报管理 lists
 * ({@link ApplicationAccess#visibleTo}). Stage names are those of the policies' procedures as the grid's stage filter
 * shows them ({@link ApplicationChoices#stages}); a call is named by its title, applications outside calls as such.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationStatistics {

    private final EntityManager entityManager;
    private final ApplicationRepository applications;
    private final ApplicationChoices choices;
    private final CallService calls;
    private final UserService users;
    private final PortalTime time;
    private final WaitingWork waiting;

    ApplicationStatistics(EntityManager entityManager, ApplicationRepository applications, ApplicationChoices choices,
                          CallService calls, UserService users, PortalTime time, WaitingWork waiting) {
        this.waiting = waiting;
        this.entityManager = entityManager;
        this.applications = applications;
        this.choices = choices;
        this.calls = calls;
        this.users = users;
        this.time = time;
    }

    /**
     * The applications by the stage they are in (final stages too: 认定, 不予认定 …), in the procedures' order; an
     * applicant unit's own too.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public List<GroupCount> byStage() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] r : grouped("stage")) {
            counts.put((String) r[0], (Long) r[1]);
        }
        return named(counts);
    }

    /**
     * The applications that wait for a step of the user's role, by stage, in the procedures' order: the bureau's
     * re-checks, panels to draw, decisions and notices; a county reviewer's recommendations; an applicant's drafts
     * and supplements — counted in the database over what 我的待办 reads ({@link WaitingWork#countByStage}).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public List<GroupCount> waitingByStage() {
        return named(waiting.countByStage());
    }

    private List<GroupCount> named(Map<String, Long> byCode) {
        Map<String, LocalizedText> names = stageNames();
        Map<String, Long> counts = new LinkedHashMap<>(byCode);
        List<GroupCount> result = new ArrayList<>();
        names.forEach((code, name) -> {
            Long count = counts.remove(code);
            if (count != null) {
                result.add(new GroupCount(code, name, count));
            }
        });
        // stages of versions no longer running keep their code
        counts.forEach((code, count) -> result.add(new GroupCount(code, new LocalizedText(code, code), count)));
        return result;
    }

    /**
     * The applications by the call they were filed in (its id as the code), newest call first, those filed outside
     * calls last ({@link GroupCount#NONE}).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY')")
    public List<GroupCount> byCall() {
        Function<String, LocalizedText> names = callNames();
        List<GroupCount> result = new ArrayList<>();
        for (Object[] r : grouped("callId")) {
            String code = r[0] == null ? GroupCount.NONE : r[0].toString();
            result.add(new GroupCount(code, names.apply(code), (Long) r[1]));
        }
        result.sort(ApplicationStatistics::newestCallFirst);
        return result;
    }

    /**
     * The applications by call × outcome: the final stage of those whose procedure has ended (认定, 不予认定, 撤回 …),
     * {@link GroupCount#NONE} (在办) for those still running.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY')")
    public List<CrossCount> byCallAndOutcome() {
        Function<String, LocalizedText> callNames = callNames();
        Map<String, LocalizedText> stageNames = stageNames();
        Map<List<String>, Long> cells = new LinkedHashMap<>();
        for (Object[] r : grouped("callId", "closed", "stage")) {
            String call = r[0] == null ? GroupCount.NONE : r[0].toString();
            String outcome = Boolean.TRUE.equals(r[1]) ? (String) r[2] : GroupCount.NONE;
            cells.merge(List.of(call, outcome), (Long) r[3], Long::sum);
        }
        List<CrossCount> result = new ArrayList<>();
        cells.forEach((key, count) -> {
            String outcome = key.get(1);
            LocalizedText outcomeName = outcome.isEmpty() ? CoreMessages.text("statistics.inProgress")
                    : stageNames.getOrDefault(outcome, new LocalizedText(outcome, outcome));
            result.add(new CrossCount(new GroupCount(key.get(0), callNames.apply(key.get(0)), count),
                    new GroupCount(outcome, outcomeName, count)));
        });
        result.sort((a, b) -> newestCallFirst(a.row(), b.row()));
        return result;
    }

    /**
     * How many applications in the user's scope are past their stage's time limit and still running (已超期): what
     * 申报管理 lists filtered by {@link ApplicationFilter#withOverdueOn} today.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public long overdue() {
        return applications.count(ApplicationAccess.visibleTo(users.currentScope())
                .and(ApplicationFilter.ALL.withOverdueOn(time.today()).toSpecification()));
    }

    private Map<String, LocalizedText> stageNames() {
        return choices.stages().stream().collect(Collectors.toMap(StageOption::code, StageOption::name,
                (a, b) -> a, LinkedHashMap::new));
    }

    private Function<String, LocalizedText> callNames() {
        Map<String, LocalizedText> cache = new LinkedHashMap<>();
        return code -> cache.computeIfAbsent(code, c -> {
            if (c.isEmpty()) {
                return CoreMessages.text("statistics.outsideCalls");
            }
            String title = calls.find(Long.parseLong(c)).map(CallSummary::title).orElse(c);
            return new LocalizedText(title, title);
        });
    }

    private static int newestCallFirst(GroupCount a, GroupCount b) {
        if (a.code().isEmpty() || b.code().isEmpty()) {
            return Boolean.compare(a.code().isEmpty(), b.code().isEmpty());
        }
        return Long.compare(Long.parseLong(b.code()), Long.parseLong(a.code()));
    }

    /** {@code select <properties>, count(*) ... group by <properties>} over the applications the user sees. */
    private List<Object[]> grouped(String... properties) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<RecognitionApplication> root = query.from(RecognitionApplication.class);
        query.where(ApplicationAccess.visibleTo(users.currentScope()).toPredicate(root, query, cb));
        List<Expression<?>> keys = new ArrayList<>();
        for (String p : properties) {
            keys.add(root.get(p));
        }
        List<Selection<?>> select = new ArrayList<>(keys);
        select.add(cb.count(root));
        query.multiselect(select).groupBy(keys);
        return entityManager.createQuery(query).getResultList();
    }
}
