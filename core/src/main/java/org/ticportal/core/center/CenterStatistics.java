package org.ticportal.core.center;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.core.common.CrossCount;
import org.ticportal.core.common.GroupCount;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;

/**
 * The centers counted for the statistics (统计看板, 汇总表): by type, industry cluster, division (the recommending body
 * the lead unit came through) and status, and by division × type, grouped in the database within the user's scope —
 * the same centers the centers grid lists ({@link CenterFilter#toSpecification}). Codes are what that grid filters by;
 * names come from the running policies' catalogs as its filters show them ({@link CenterChoices}).
 */
@Service
@Transactional(readOnly = true)
public class CenterStatistics {

    private final EntityManager entityManager;
    private final CenterRepository centers;
    private final UserService users;
    private final CenterChoices choices;

    CenterStatistics(EntityManager entityManager, CenterRepository centers, UserService users,
                     CenterChoices choices) {
        this.entityManager = entityManager;
        this.centers = centers;
        this.users = users;
        this.choices = choices;
    }

    /** The centers by type (art. 4 of the Xinzhou measures: 综合类、专业类), most first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY')")
    public List<GroupCount> byType() {
        return single("typeCode", names(choices.types()));
    }

    /** The centers by industry cluster, most first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY')")
    public List<GroupCount> byCluster() {
        return single("clusterCode", names(choices.clusters()));
    }

    /** The centers by division (the county, district or zone the lead unit came through), most first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY')")
    public List<GroupCount> byDivision() {
        return single("recommendingBodyCode", names(choices.divisions()));
    }

    /** The centers by status (正常, 整改中, 已撤销, 试运行), most first; an applicant unit's own centers too. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public List<GroupCount> byStatus() {
        return single("status", code -> CoreMessages.text("statistics.centerStatus." + code));
    }

    /** The centers by division × type: one cell per pair that holds centers. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY')")
    public List<CrossCount> byDivisionAndType() {
        Function<String, LocalizedText> divisions = names(choices.divisions());
        Function<String, LocalizedText> types = names(choices.types());
        return grouped(users.currentScope(), null, "recommendingBodyCode", "typeCode").stream()
                .map(r -> {
                    long count = (Long) r[2];
                    String division = code(r[0]);
                    String type = code(r[1]);
                    return new CrossCount(new GroupCount(division, divisions.apply(division), count),
                            new GroupCount(type, types.apply(type), count));
                })
                .toList();
    }

    /**
     * How many centers in the user's scope fall due for evaluation under the rules (one per policy: not revoked, not
     * being evaluated, recognised or last evaluated long enough before the day) — the centers the centers grid lists
     * with the same rules as its filter ({@link CenterFilter#withEvaluationDue}).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public long dueForEvaluation(List<EvaluationDue> rules) {
        return centers.count(CenterFilter.ALL.withEvaluationDue(rules).toSpecification(users.currentScope()));
    }

    private List<GroupCount> single(String property, Function<String, LocalizedText> names) {
        List<GroupCount> counts = new ArrayList<>();
        for (Object[] r : grouped(users.currentScope(), null, property)) {
            String code = code(r[0]);
            counts.add(new GroupCount(code, names.apply(code), (Long) r[1]));
        }
        counts.sort((a, b) -> Long.compare(b.count(), a.count()));
        return counts;
    }

    /**
     * {@code select <properties>, count(*) from center where <scope and extra> group by <properties>}, with the
     * centers grid's own scope.
     */
    private List<Object[]> grouped(AccessScope scope, @Nullable Specification<Center> extra, String... properties) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Center> root = query.from(Center.class);
        Specification<Center> where = CenterFilter.ALL.toSpecification(scope);
        if (extra != null) {
            where = where.and(extra);
        }
        query.where(where.toPredicate(root, query, cb));
        List<Expression<?>> keys = new ArrayList<>();
        for (String p : properties) {
            keys.add(root.get(p));
        }
        List<jakarta.persistence.criteria.Selection<?>> select = new ArrayList<>(keys);
        select.add(cb.count(root));
        query.multiselect(select);
        query.groupBy(keys);
        return entityManager.createQuery(query).getResultList();
    }

    private static String code(@Nullable Object value) {
        return value == null ? GroupCount.NONE : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    /** Names by code from the filters' options; a code no running policy names is shown as it is. */
    private static Function<String, LocalizedText> names(List<CenterChoice> options) {
        Map<String, LocalizedText> byCode = options.stream()
                .collect(Collectors.toMap(CenterChoice::code, CenterChoice::name, (a, b) -> a));
        return code -> code.isEmpty() ? CoreMessages.text("statistics.unspecified")
                : byCode.getOrDefault(code, new LocalizedText(code, code));
    }
}
