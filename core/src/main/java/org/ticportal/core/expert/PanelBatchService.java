package org.ticportal.core.expert;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.application.ApplicationRow;
import org.ticportal.core.application.PanelCase;
import org.ticportal.core.application.PanelCaseService;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;

/**
 * The batch draw (批量抽取, art. 9(2)): bureau staff pick several applications waiting for expert argumentation and draw
 * a panel for each in one action, all or nothing: when one application cannot be served (too few matching experts,
 * already drawn, not at the stage, not theirs) nothing is drawn and each refusal is reported with its reason. Each
 * panel keeps its own draw record (seed, candidates, skipped and why), so every draw of a batch can be re-run alone.
 */
@Service
@Transactional(readOnly = true)
public class PanelBatchService {

    private final PanelBatchRepository batches;
    private final PanelRepository panels;
    private final PanelCaseService cases;
    private final PanelDrawer drawer;
    private final PanelSupport support;
    private final AuditService audit;
    private final Clock clock;

    PanelBatchService(PanelBatchRepository batches, PanelRepository panels, PanelCaseService cases,
                      PanelDrawer drawer, PanelSupport support, AuditService audit, Clock clock) {
        this.batches = batches;
        this.panels = panels;
        this.cases = cases;
        this.drawer = drawer;
        this.support = support;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the user's applications at an expert review stage, each saying whether its panel is drawn. */
    @PreAuthorize("hasRole('BUREAU')")
    public Page<Waiting> waiting(Pageable pageable) {
        Page<ApplicationRow> rows = cases.atExpertReview(pageable);
        Set<Long> drawn = rows.isEmpty() ? Set.of()
                : new HashSet<>(panels.drawnAmong(rows.map(ApplicationRow::id).getContent()));
        return rows.map(r -> new Waiting(r, drawn.contains(r.id())));
    }

    @PreAuthorize("hasRole('BUREAU')")
    public long countWaiting() {
        return cases.countAtExpertReview();
    }

    /**
     * Draws a panel for each application, in one transaction. Refused as a whole ({@link Refused}, listing every
     * application that cannot be served and why) when any one cannot; then nothing is drawn and no batch recorded.
     */
    @PreAuthorize("hasRole('BUREAU')")
    @Transactional
    public Batch draw(Collection<Long> applicationIds) {
        return draw(applicationIds, fraction -> { });
    }

    /**
     * The same, telling {@code progress} how far it got (0 to 1: each application planned, then each panel saved);
     * {@link PanelBatchRunner} runs it in the background for the screen.
     */
    @PreAuthorize("hasRole('BUREAU')")
    @Transactional
    public Batch draw(Collection<Long> applicationIds, DoubleConsumer progress) {
        Set<Long> ids = new LinkedHashSet<>(applicationIds);
        if (ids.isEmpty()) {
            throw new BusinessException("panelBatch.empty");
        }
        Map<PanelCase, DrawRecord> planned = new LinkedHashMap<>();
        List<Refusal> refusals = new ArrayList<>();
        for (long id : ids) {
            PanelCase c = null;
            try {
                c = cases.panelCase(id);
                planned.put(c, drawer.plan(c, null));
            } catch (BusinessException e) {
                refusals.add(new Refusal(id, c == null ? "#" + id : c.referenceNo(), e.getMessageKey(),
                        e.getArguments()));
            }
            progress.accept((planned.size() + refusals.size()) / (2.0 * ids.size()));
        }
        if (!refusals.isEmpty()) {
            throw new Refused(refusals);
        }
        PanelBatch batch = batches.saveAndFlush(new PanelBatch(clock.instant(), AuditService.currentActor(),
                planned.size()));
        List<Drawn> drawn = new ArrayList<>();
        planned.forEach((c, record) -> {
            drawer.save(c, record, batch.getId());
            drawn.add(new Drawn(c.id(), c.referenceNo(), record.seed(), support.names(record.drawn())));
            progress.accept((ids.size() + drawn.size()) / (2.0 * ids.size()));
        });
        audit.record(AuditSubject.EXPERT_PANEL, "batch-" + batch.getId(), AuditAction.BATCH_DRAWN, null, "DRAWN",
                drawn.stream().map(Drawn::referenceNo).toList().toString());
        return new Batch(batch.getId(), batch.getDrawnAt(), batch.getDrawnBy(), drawn);
    }

    /** A recorded batch with the panels it drew, each re-run from its own record ({@link PanelDraw}). */
    @PreAuthorize("hasRole('BUREAU')")
    public Batch batch(long batchId) {
        PanelBatch batch = batches.findById(batchId)
                .orElseThrow(() -> new BusinessException("panelBatch.notFound", batchId));
        List<Drawn> drawn = new ArrayList<>();
        for (ExpertPanel p : panels.findByBatchIdOrderByIdAsc(batchId)) {
            PanelCase c = cases.panelCase(p.getApplicationId());
            DrawRecord record = p.getRecord();
            drawn.add(new Drawn(c.id(), c.referenceNo(), record.seed(), support.names(record.drawn())));
        }
        return new Batch(batch.getId(), batch.getDrawnAt(), batch.getDrawnBy(), drawn);
    }

    /**
     * An application at an expert review stage.
     *
     * @param row   the application
     * @param drawn whether its panel was drawn already
     */
    public record Waiting(ApplicationRow row, boolean drawn) {
    }

    /**
     * A batch drawn.
     *
     * @param id      the batch
     * @param drawnAt when
     * @param drawnBy by whom
     * @param panels  the panels drawn, in the order the applications were given
     */
    public record Batch(long id, java.time.Instant drawnAt, String drawnBy, List<Drawn> panels) {
        public Batch {
            panels = List.copyOf(panels);
        }
    }

    /**
     * A panel of a batch.
     *
     * @param applicationId the application
     * @param referenceNo   its reference number
     * @param seed          the seed its draw used
     * @param members       who was drawn, the head first
     */
    public record Drawn(long applicationId, String referenceNo, long seed, List<String> members) {
        public Drawn {
            members = List.copyOf(members);
        }
    }

    /**
     * Why one application of a batch could not get its panel.
     *
     * @param applicationId the application
     * @param referenceNo   its reference number (or {@code #id} when the user may not see it)
     * @param messageKey    the refusal's message key
     * @param arguments     its arguments
     */
    public record Refusal(long applicationId, String referenceNo, String messageKey, @Nullable Object[] arguments) {
    }

    /** A batch refused as a whole: nothing drawn; the refusals say which applications could not be served and why. */
    public static final class Refused extends BusinessException {

        private final transient List<Refusal> refusals;

        Refused(List<Refusal> refusals) {
            super("panelBatch.refused", refusals.size());
            this.refusals = List.copyOf(refusals);
        }

        public List<Refusal> refusals() {
            return refusals;
        }
    }
}
