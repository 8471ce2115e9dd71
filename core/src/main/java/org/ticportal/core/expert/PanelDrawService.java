package org.ticportal.core.expert;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.application.PanelCase;
import org.ticportal.core.application.PanelCaseService;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.policy.api.panel.ExpertPanelRules;

/**
 * The bureau's side of one application's panel (art. 9(2)): the draw at random among the active experts of the
 * application's field, the policy's seats filled first and the applicant's unit, its co-builders and declared conflicts
 * avoided, recorded so that it can be re-run; the replacement of a member with a reason. Bureau staff reach only the
 * applications of their jurisdiction ({@link PanelCaseService#panelCase}).
 */
@Service
@Transactional(readOnly = true)
public class PanelDrawService {

    private final PanelRepository panels;
    private final PanelMemberRepository members;
    private final PanelCaseService cases;
    private final PanelDrawer drawer;
    private final PanelSupport support;
    private final AuditService audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    PanelDrawService(PanelRepository panels, PanelMemberRepository members, PanelCaseService cases,
                     PanelDrawer drawer, PanelSupport support, AuditService audit, Clock clock,
                     org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.panels = panels;
        this.members = members;
        this.cases = cases;
        this.drawer = drawer;
        this.support = support;
        this.audit = audit;
        this.clock = clock;
    }

    /** The application's panel, if drawn; bureau staff who see the application. */
    @PreAuthorize("hasRole('BUREAU')")
    public Optional<PanelViews.Panel> panel(long applicationId) {
        PanelCase c = cases.panelCase(applicationId);
        return panels.findByApplicationId(c.id()).map(p -> support.view(p, support.requireRules(c)));
    }

    /**
     * Draws the application's panel. Refused unless the application is at an expert review stage, its policy has panel
     * rules and no panel was drawn yet; refused (nothing drawn) when too few experts are left.
     *
     * @param seed the seed to use, or {@code null} for a fresh random one (the record keeps it either way)
     */
    @PreAuthorize("hasRole('BUREAU')")
    @Transactional
    public PanelViews.Panel draw(long applicationId, @Nullable Long seed) {
        PanelCase c = cases.panelCase(applicationId);
        ExpertPanel panel = drawer.save(c, drawer.plan(c, seed), null);
        return support.view(panel, support.requireRules(c));
    }

    /** The panel the record's seed, candidates and skips give: the same as drawn, for showing the draw was fair. */
    @PreAuthorize("hasRole('BUREAU')")
    public List<Long> replay(long applicationId) {
        PanelCase c = cases.panelCase(applicationId);
        ExpertPanel panel = panels.findByApplicationId(c.id())
                .orElseThrow(() -> new BusinessException("panel.notDrawn", c.referenceNo()));
        return PanelDraw.select(panel.getRecord());
    }

    /**
     * Replaces a member by the next eligible expert in the draw's order (keeping a seat filled), with the bureau's
     * reason; refused after the conclusion and for a member who already submitted. A replaced head's successor heads
     * the panel until the bureau chooses another.
     */
    @PreAuthorize("hasRole('BUREAU')")
    @Transactional
    public PanelViews.Panel replace(long applicationId, long memberId, long expectedVersion, String reason) {
        PanelCase c = cases.panelCase(applicationId);
        ExpertPanelRules rules = support.requireRules(c);
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField("reason", "panel.reasonRequired");
        }
        ExpertPanel panel = panels.findByApplicationId(c.id())
                .orElseThrow(() -> new BusinessException("panel.notDrawn", c.referenceNo()));
        if (panel.isConcluded()) {
            throw new BusinessException("panel.concluded", c.referenceNo());
        }
        PanelMember out = members.findById(memberId).filter(m -> m.getPanelId() == panel.getId())
                .orElseThrow(() -> new BusinessException("panel.memberNotFound", memberId));
        if (out.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(PanelMember.class, memberId);
        }
        if (!out.isSitting() || out.getState() == MemberState.SUBMITTED) {
            throw new BusinessException("panel.cannotReplace", support.name(out.getExpertId()));
        }
        List<PanelMember> all = members.findByPanelIdOrderByPositionAsc(panel.getId());
        DrawRecord record = panel.getRecord();
        Set<Long> ever = new HashSet<>();
        all.forEach(m -> ever.add(m.getExpertId()));
        List<Long> current = all.stream().filter(PanelMember::isSitting).map(PanelMember::getExpertId)
                .filter(id -> id != out.getExpertId()).toList();
        String seatField = null;
        for (DrawRecord.Seat seat : record.seats()) {
            long have = current.stream().filter(id -> PanelDraw.hasField(record, id, seat.field())).count();
            if (PanelDraw.hasField(record, out.getExpertId(), seat.field()) && have < seat.minimum()) {
                seatField = seat.field();
            }
        }
        Long in = PanelDraw.replacement(record, out.getExpertId(), ever, current, seatField)
                .orElseThrow(() -> new BusinessException("panel.noReplacement"));
        boolean wasLeader = out.isLeader();
        out.replaced(reason.trim());
        PanelMember added = new PanelMember(panel.getId(), c.id(), in, all.size() + 1, wasLeader);
        members.save(added);
        events.publishEvent(new PanelSeatsAssigned(c.id(), support.usernames(List.of(in))));
        panel.record(record.withReplacement(new DrawRecord.Replacement(out.getExpertId(), in, reason.trim(),
                AuditService.currentActor(), clock.instant())));
        panels.saveAndFlush(panel);
        members.flush();
        audit.record(AuditSubject.EXPERT_PANEL, Long.toString(c.id()), AuditAction.REPLACED, support.name(out.getExpertId()),
                support.name(in), reason.trim());
        return support.view(panel, rules);
    }
}
