package org.ticportal.core.expert;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.PanelCase;
import org.ticportal.core.application.PanelCaseService;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.policy.api.evaluation.Indicator;
import org.ticportal.policy.api.panel.ConclusionFields;
import org.ticportal.policy.api.panel.ExpertPanelRules;

/**
 * Expert argumentation (art. 9(2) of the Xinzhou measures), the experts' side: each member of a panel (drawn by
 * {@link PanelDrawService} or {@link PanelBatchService}) declares before seeing the application, records the site visit
 * and defense, and submits the policy's score sheet; the head ({@link PanelHeadService}) records the conclusion, which
 * is the policy's step, with the panel's score aggregated as the policy says. Experts reach only the applications whose
 * panel they sit on.
 */
@Service
@Transactional(readOnly = true)
public class ExpertPanelService {

    private final ExpertRepository experts;
    private final PanelRepository panels;
    private final PanelMemberRepository members;
    private final PanelMembership membership;
    private final PanelCaseService cases;
    private final ApplicationService applications;
    private final PanelSupport support;
    private final AuditService audit;
    private final Clock clock;

    ExpertPanelService(ExpertRepository experts, PanelRepository panels, PanelMemberRepository members,
                       PanelMembership membership, PanelCaseService cases, ApplicationService applications,
                       PanelSupport support, AuditService audit, Clock clock) {
        this.experts = experts;
        this.panels = panels;
        this.members = members;
        this.membership = membership;
        this.cases = cases;
        this.applications = applications;
        this.support = support;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the application's policy has a panel drawn from the pool. */
    @PreAuthorize("hasAnyRole('BUREAU', 'EXPERT')")
    public boolean hasRules(long applicationId) {
        return support.rules(cases.panelCase(applicationId)) != null;
    }

    /** The logged-in expert's assignments, newest first unless the page request sorts otherwise. */
    @PreAuthorize("hasRole('EXPERT')")
    public Page<PanelViews.Assignment> myAssignments(Pageable pageable) {
        return myAssignments(AssignmentFilter.ALL, pageable);
    }

    /**
     * The logged-in expert's assignments matching the filter (one state, or past their time limit: what a figure or
     * a slice of 统计看板 counted), selected in the database among their own seats only.
     */
    @PreAuthorize("hasRole('EXPERT')")
    public Page<PanelViews.Assignment> myAssignments(AssignmentFilter filter, Pageable pageable) {
        Expert me = me();
        return members.findAll(filter.toSpecification(me.getId(), LocalDate.now(clock)), pageable).map(m -> {
            PanelCase c = cases.panelCase(m.getApplicationId());
            boolean concluded = panels.findById(m.getPanelId()).map(ExpertPanel::isConcluded).orElse(false);
            return new PanelViews.Assignment(c.id(), c.referenceNo(), c.centerName(), c.unitName(), m.getState(),
                    m.isLeader(), concluded);
        });
    }

    /**
     * How many of the logged-in expert's assignments match the filter; none for a login not (yet) in the pool.
     */
    @PreAuthorize("hasRole('EXPERT')")
    public long countMyAssignments(AssignmentFilter filter) {
        return experts.findByUsername(AuditService.currentActor())
                .map(me -> members.count(filter.toSpecification(me.getId(), LocalDate.now(clock)))).orElse(0L);
    }

    /**
     * The logged-in expert's assignments that wait for them (我的待办): to declare, to score, or as the head to record
     * the conclusion; oldest first unless the page request sorts otherwise. None for a login not (yet) in the pool.
     */
    @PreAuthorize("hasRole('EXPERT')")
    public Page<PanelViews.Assignment> myWaitingAssignments(Pageable pageable) {
        Expert me = experts.findByUsername(AuditService.currentActor()).orElse(null);
        if (me == null) {
            return Page.empty(pageable); // an expert login not yet in the pool has nothing waiting
        }
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                org.springframework.data.domain.Sort.by("id"));
        return members.findWaiting(me.getId(), sorted).map(m -> {
            PanelCase c = cases.panelCase(m.getApplicationId());
            return new PanelViews.Assignment(c.id(), c.referenceNo(), c.centerName(), c.unitName(), m.getState(),
                    m.isLeader(), false);
        });
    }

    /** The logged-in expert's assignment on one application; refused when they do not sit on its panel. */
    @PreAuthorize("hasRole('EXPERT')")
    public PanelViews.MyAssignment assignment(long applicationId) {
        PanelMember seat = seat(applicationId);
        PanelCase c = cases.panelCase(applicationId);
        ExpertPanelRules rules = support.requireRules(c);
        ExpertPanel panel = panels.findById(seat.getPanelId()).orElseThrow();
        List<PanelViews.Member> panelMembers = List.of();
        BigDecimal preview = null;
        if (seat.isLeader()) {
            List<PanelMember> sitting = members.findByPanelIdOrderByPositionAsc(panel.getId()).stream()
                    .filter(PanelMember::isSitting).toList();
            panelMembers = sitting.stream().map(support::member).toList();
            List<BigDecimal> totals = sitting.stream().map(PanelMember::getTotal).filter(Objects::nonNull).toList();
            preview = totals.isEmpty() ? null : rules.aggregation().aggregate(totals);
        }
        return new PanelViews.MyAssignment(c, seat.getId(), seat.getVersion(), seat.getState(), seat.isLeader(),
                sheet(rules), rules.fullScore(), seat.getScores(), seat.getSiteVisitDate(), seat.getDefenseDate(),
                seat.getVisitNotes(), seat.getOpinion(), panelMembers, rules.aggregation(), preview,
                panel.getConclusion(), panel.getScore());
    }

    /**
     * The expert declares, before seeing the application, whether they have a conflict of interest. A conflict takes
     * them off the case until the bureau replaces them; the draw's record then avoids them.
     */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public void declare(long applicationId, boolean conflict, @Nullable String note) {
        PanelMember seat = seat(applicationId);
        if (seat.getState() != MemberState.DRAWN) {
            throw new BusinessException("panel.alreadyDeclared");
        }
        if (conflict && (note == null || note.isBlank())) {
            throw BusinessException.onField("conflictNote", "panel.conflictNoteRequired");
        }
        seat.declare(conflict, conflict ? note.trim() : null, clock.instant());
        members.saveAndFlush(seat);
        audit.record(AuditSubject.EXPERT_PANEL, Long.toString(applicationId), conflict ? AuditAction.CONFLICT : AuditAction.DECLARED,
                MemberState.DRAWN.name(), seat.getState().name(), conflict ? note.trim() : null);
    }

    /** Records the site visit and the on-site defense the expert took part in. */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public void recordVisit(long applicationId, long expectedVersion, @Nullable LocalDate siteVisit,
                            @Nullable LocalDate defense, @Nullable String notes) {
        PanelMember seat = declaredSeat(applicationId, expectedVersion);
        LocalDate today = LocalDate.now(clock);
        if (siteVisit != null && siteVisit.isAfter(today)) {
            throw BusinessException.onField("siteVisitDate", "panel.dateInFuture");
        }
        if (defense != null && defense.isAfter(today)) {
            throw BusinessException.onField("defenseDate", "panel.dateInFuture");
        }
        seat.recordVisit(siteVisit, defense, notes == null || notes.isBlank() ? null : notes.trim());
        members.saveAndFlush(seat);
        audit.record(AuditSubject.EXPERT_PANEL, Long.toString(applicationId), AuditAction.VISIT_RECORDED, null, null,
                "site visit " + siteVisit + ", defense " + defense);
    }

    /**
     * Submits the expert's score sheet: every indicator scored between 0 and its weight, and an opinion. Refused
     * (with the indicator named) otherwise; once submitted, a sheet does not change.
     */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public void submitScores(long applicationId, long expectedVersion, Map<String, BigDecimal> scores,
                             String opinion) {
        PanelMember seat = declaredSeat(applicationId, expectedVersion);
        ExpertPanelRules rules = support.requireRules(cases.panelCase(applicationId));
        Map<String, BigDecimal> clean = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Indicator leaf : rules.scoredIndicators()) {
            BigDecimal value = scores.get(leaf.code());
            if (value == null) {
                throw BusinessException.onField("score." + leaf.code(), "panel.scoreMissing", leaf.name().zh());
            }
            if (value.signum() < 0 || value.compareTo(leaf.weight()) > 0) {
                throw BusinessException.onField("score." + leaf.code(), "panel.scoreRange", leaf.name().zh(),
                        leaf.weight());
            }
            clean.put(leaf.code(), value);
            total = total.add(value);
        }
        if (opinion == null || opinion.isBlank()) {
            throw BusinessException.onField("opinion", "panel.opinionRequired");
        }
        seat.score(clean, total, opinion.trim(), clock.instant());
        members.saveAndFlush(seat);
        audit.record(AuditSubject.EXPERT_PANEL, Long.toString(applicationId), AuditAction.SCORED, MemberState.DECLARED.name(),
                MemberState.SUBMITTED.name(), "total " + total.toPlainString());
    }

    /**
     * The head records the panel's conclusion: the policy's expert-panel step chosen, taken through the workflow with
     * the panel's score (aggregated as the policy says), the conclusion and the opinion filled into the step's form.
     * Refused while a member has not submitted or a conflict awaits its replacement.
     */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional
    public PanelViews.MyAssignment conclude(long applicationId, String transitionCode, String opinion) {
        PanelMember seat = seat(applicationId);
        if (!seat.isLeader()) {
            throw new BusinessException("panel.notLeader");
        }
        PanelCase c = cases.panelCase(applicationId);
        ExpertPanelRules rules = support.requireRules(c);
        ExpertPanel panel = panels.findById(seat.getPanelId()).orElseThrow();
        if (panel.isConcluded()) {
            throw new BusinessException("panel.concluded", c.referenceNo());
        }
        if (c.outcomes().stream().noneMatch(o -> o.code().equals(transitionCode))) {
            throw BusinessException.onField("conclusion", "panel.unknownConclusion", transitionCode);
        }
        if (opinion == null || opinion.isBlank()) {
            throw BusinessException.onField("opinion", "panel.opinionRequired");
        }
        List<PanelMember> sitting = members.findByPanelIdOrderByPositionAsc(panel.getId()).stream()
                .filter(PanelMember::isSitting).toList();
        List<String> waiting = sitting.stream().filter(m -> m.getState() != MemberState.SUBMITTED)
                .map(m -> support.name(m.getExpertId())).toList();
        if (!waiting.isEmpty()) {
            throw new BusinessException("panel.notAllSubmitted", String.join("\u3001", waiting));
        }
        BigDecimal score = rules.aggregation().aggregate(sitting.stream().map(PanelMember::getTotal).toList());
        ConclusionFields fields = rules.conclusion();
        Map<String, Object> input = new HashMap<>();
        if (fields.score() != null) {
            input.put(fields.score(), score);
        }
        if (fields.conclusion() != null) {
            input.put(fields.conclusion(), transitionCode);
        }
        if (fields.opinion() != null) {
            input.put(fields.opinion(), opinion.trim());
        }
        if (fields.date() != null) {
            LocalDate date = seat.getDefenseDate() != null ? seat.getDefenseDate() : seat.getSiteVisitDate();
            if (date == null) {
                throw BusinessException.onField("defenseDate", "panel.defenseDateMissing");
            }
            input.put(fields.date(), date.toString());
        }
        if (fields.members() != null) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (PanelMember m : sitting) {
                Expert e = experts.findById(m.getExpertId()).orElseThrow();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", e.getName());
                row.put("unit", e.getUnitName());
                row.put("title", e.getTitleLevel());
                row.put("isHead", m.isLeader());
                row.put("score", m.getTotal());
                rows.add(row);
            }
            input.put(fields.members(), rows);
        }
        cases.concludeAsHead(applicationId, transitionCode, opinion.trim(), input);
        panel.concluded(score, transitionCode, clock.instant());
        panels.saveAndFlush(panel);
        audit.record(AuditSubject.EXPERT_PANEL, Long.toString(applicationId), AuditAction.CONCLUDED, null, transitionCode,
                rules.aggregation().name().toLowerCase(Locale.ROOT) + " " + score.toPlainString());
        return assignment(applicationId);
    }

    /**
     * The panel's result as the applicant (and anyone who sees the application) reads it once concluded: the score,
     * the conclusion, and each expert's opinion without their name, for revising the construction plan.
     */
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<Result> result(long applicationId) {
        applications.get(applicationId);
        return panels.findByApplicationId(applicationId).filter(ExpertPanel::isConcluded).map(p -> {
            List<PanelViews.Opinion> opinions = new ArrayList<>();
            int n = 0;
            for (PanelMember m : members.findByPanelIdOrderByPositionAsc(p.getId())) {
                if (m.isSitting()) {
                    opinions.add(new PanelViews.Opinion(++n, m.isLeader(), m.getTotal(), m.getOpinion()));
                }
            }
            return new Result(p.getScore(), p.getConclusion(), opinions);
        });
    }

    /**
     * A concluded panel's result.
     *
     * @param score      the panel's score
     * @param conclusion the step taken
     * @param opinions   the experts' opinions, unnamed
     */
    public record Result(@Nullable BigDecimal score, @Nullable String conclusion, List<PanelViews.Opinion> opinions) {
        public Result {
            opinions = List.copyOf(opinions);
        }
    }

    private Expert me() {
        return experts.findByUsername(AuditService.currentActor())
                .orElseThrow(() -> new BusinessException("expert.noProfile"));
    }

    /** The logged-in expert's seat, refused as "not found" when they do not sit on the application's panel. */
    private PanelMember seat(long applicationId) {
        return membership.current(applicationId)
                .orElseThrow(() -> new BusinessException("application.notFound", applicationId));
    }

    private PanelMember declaredSeat(long applicationId, long expectedVersion) {
        PanelMember seat = seat(applicationId);
        if (seat.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(PanelMember.class, seat.getId());
        }
        if (seat.getState() != MemberState.DECLARED) {
            throw new BusinessException(seat.getState() == MemberState.SUBMITTED ? "panel.alreadySubmitted"
                    : "panel.declareFirst");
        }
        return seat;
    }

    private static List<PanelViews.ScoreItem> sheet(ExpertPanelRules rules) {
        return rules.scoredIndicators().stream()
                .map(i -> new PanelViews.ScoreItem(i.code(), i.name(), i.weight())).toList();
    }
}
