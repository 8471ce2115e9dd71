package org.ticportal.core.evaluation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.notice.NoticeContact;
import org.ticportal.core.notice.PublicNoticeService;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.policy.api.LocalizedText;

/**
 * 绩效评估结果公示: the public side of an evaluation's result notice (art. 14 of the Xinzhou measures; the scheme's
 * {@code resultNoticeWorkingDays}), without login, like the recognition notices and the public registry. Lists the
 * results under notice and those whose notice ended in the last {@value #RECENT_DAYS} days: center, lead unit, grade,
 * outcome, the notice period in working days, the article, and the authority objections go to (the policy's issuer,
 * with the telephone and address of the bureau's latest published notice). Paged and sorted in the database; nothing
 * but what the notice publishes.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationResultNotices {

    /** How long an ended notice stays listed, in days after the result took effect. */
    public static final int RECENT_DAYS = 30;
    private static final Set<String> SORTABLE = Set.of("centerName", "leadUnitName", "decidedOn", "effectiveOn",
            "outcome");
    private static final int MAX_PAGE = 200;
    private static final Logger LOG = LoggerFactory.getLogger(EvaluationResultNotices.class);

    private final EvaluationRepository evaluations;
    private final WorkingDayCalendar calendar;
    private final PolicyProviders providers;
    private final PortalTime time;
    private final PublicNoticeService notices;

    EvaluationResultNotices(EvaluationRepository evaluations, WorkingDayCalendar calendar, PolicyProviders providers,
                            PortalTime time, PublicNoticeService notices) {
        this.notices = notices;
        this.evaluations = evaluations;
        this.calendar = calendar;
        this.providers = providers;
        this.time = time;
    }

    /**
     * One page of the noticed results, the latest notice first unless the page request sorts otherwise (by center,
     * lead unit, decision or effective day, outcome; anything else is ignored). No login needed.
     */
    @PreAuthorize("permitAll()")
    public Page<EvaluationResultNotice> page(Pageable pageable) {
        LocalDate today = time.today();
        Map<LocalDate, LocalDate> starts = new HashMap<>();
        Map<PolicyPin, Optional<LocalizedText>> issuers = new HashMap<>();
        Map<String, Optional<NoticeContact>> contacts = new HashMap<>();
        return evaluations.findNoticed(today.minusDays(RECENT_DAYS), sortable(pageable)).map(r ->
                new EvaluationResultNotice(r.id(), r.centerName(), r.leadUnitName(),
                        new LocalizedText(r.gradeNameZh(), r.gradeNameEn() == null ? r.gradeNameZh() : r.gradeNameEn()),
                        r.outcome(), r.outstanding(), r.recommendUpward(), r.article(),
                        // the calendar may have been edited since: the period never starts after it ends
                        min(starts.computeIfAbsent(r.decidedOn(), calendar::firstWorkingDayAfter),
                                r.effectiveOn().minusDays(1)), r.effectiveOn().minusDays(1), r.effectiveOn(), !r.effectiveOn().isAfter(today),
                        issuers.computeIfAbsent(r.pin(), this::issuer).orElse(null),
                        contacts.computeIfAbsent(r.jurisdictionCode(), notices::latestContact).orElse(null)));
    }

    /** How many results {@link #page} lists. No login needed. */
    @PreAuthorize("permitAll()")
    public long count() {
        return evaluations.countNoticed(time.today().minusDays(RECENT_DAYS));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    private Optional<LocalizedText> issuer(PolicyPin pin) {
        try {
            return Optional.of(providers.read(pin, p -> p.identity().issuer()));
        } catch (RuntimeException e) {
            LOG.warn("Could not read the issuer of {}: {}", pin, e.toString());
            return Optional.empty();
        }
    }

    private static Pageable sortable(Pageable pageable) {
        List<Sort.Order> orders = pageable.getSort().stream().filter(o -> SORTABLE.contains(o.getProperty()))
                .toList();
        Sort sort = (orders.isEmpty() ? Sort.by(Sort.Direction.DESC, "effectiveOn") : Sort.by(orders))
                .and(Sort.by(Sort.Direction.DESC, "id"));
        return PageRequest.of(pageable.isPaged() ? pageable.getPageNumber() : 0,
                pageable.isPaged() ? Math.min(Math.max(pageable.getPageSize(), 1), MAX_PAGE) : MAX_PAGE, sort);
    }
}
