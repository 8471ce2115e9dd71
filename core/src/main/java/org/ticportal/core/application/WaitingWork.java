package org.ticportal.core.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.calendar.WorkingDayCalendar;
import org.ticportal.core.common.MergedSlices;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.policy.PolicySettingsService;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.SubmissionChannel;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.procedure.StageKind;
import org.ticportal.policy.api.procedure.Transition;
import org.ticportal.policy.api.setting.PolicySettings;

/**
 * What waits for whom: the applications a user may take a step on now (我的待办), and for notifications, whether a
 * user with a given scope may act on an application. Both use the workflow's own rules ({@link ApplicationAccess},
 * {@link StepAvailability#available}): the database selects the open applications the user sees whose stage has a
 * step for the user's role in the pinned procedure, and the workflow confirms each row of the page (a drawn panel
 * takes the expert-panel steps from the bureau, which no query of this feature can see). A withdrawal, which the
 * applicant may take from every open stage, is nobody's to-do.
 */
@Service
@Transactional(readOnly = true)
public class WaitingWork {

    /** The most a waiting list holds: beyond it, the user works in 申报管理's grid. */
    public static final int MAX_LIST = 200;
    /** Candidates read from the database at a time, per waiting stage. */
    private static final int CANDIDATE_PAGE = 100;
    /** The list's order: longest in its stage first (as MariaDB sorts ascending: a case without a time first). */
    private static final Comparator<RecognitionApplication> LONGEST_WAITING = Comparator.comparing(
            RecognitionApplication::getStageEnteredAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RecognitionApplication::getId);
    private static final Specification<RecognitionApplication> OPEN = (root, query, cb) -> cb.isFalse(
            root.get("closed"));

    private final ApplicationRepository applications;
    private final PolicyProviders providers;
    private final PolicySettingsService settings;
    private final StepAvailability availability;
    private final UserService users;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final EntityManager entityManager;

    WaitingWork(ApplicationRepository applications, PolicyProviders providers, PolicySettingsService settings,
                StepAvailability availability, UserService users, WorkingDayCalendar calendar, Clock clock,
                EntityManager entityManager) {
        this.entityManager = entityManager;
        this.applications = applications;
        this.providers = providers;
        this.settings = settings;
        this.availability = availability;
        this.users = users;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * What waits for the logged-in user and a list of the applications: at most {@code limit} of them, longest
     * waiting first, and whether there are more.
     *
     * @param cases the applications, each with the steps the user may take now
     * @param more  whether more applications wait than the list holds (the user finds them in 申报管理)
     */
    public record WaitingList(List<WaitingCase> cases, boolean more) {
        public WaitingList {
            cases = List.copyOf(cases);
        }
    }

    /**
     * The applications waiting for the logged-in user, longest waiting first, at most {@code limit}. The database
     * selects the candidates (open, in the user's scope, in a stage where the user's role has a step under the
     * policy's settings), each such stage in the list's order a slice at a time, merged ({@link MergedSlices}); the
     * workflow then keeps those on which the user may act now (e.g. once a panel is drawn, its steps are the panel's,
     * no longer the bureau's). A slice of candidates is therefore not a page of the list, which is why the list is
     * bounded instead of paged: reads stop once it is full.
     */
    @PreAuthorize("isAuthenticated()")
    public WaitingList forMe(int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIST + ": " + limit);
        }
        AccessScope scope = users.currentScope();
        // each waiting stage read on its own in the list's order (V46's index), merged here: a query over all the
        // stages at once had MariaDB sort every candidate first (seconds for a bureau at a million applications)
        List<Function<Pageable, Slice<RecognitionApplication>>> stages = new ArrayList<>();
        for (Specification<RecognitionApplication> stage : waitingStages(scope)) {
            stages.add(page -> applications.findBy(stage, query -> query.slice(page)));
        }
        MergedSlices<RecognitionApplication> candidates = new MergedSlices<>(stages, CANDIDATE_PAGE,
                Sort.by("stageEnteredAt", "id"), LONGEST_WAITING);
        LocalDate today = LocalDate.now(clock);
        List<WaitingCase> rows = new ArrayList<>();
        while (candidates.hasNext()) {
            RecognitionApplication app = candidates.next();
            List<Transition> steps = waitingSteps(app, scope);
            if (steps.isEmpty()) {
                continue;
            }
            if (rows.size() == limit) {
                return new WaitingList(rows, true);
            }
            LocalDate due = app.getStageDue();
            rows.add(new WaitingCase(app.getId(), app.getReferenceNo(), WaitingCase.titleOf(app),
                    app.getUnit().getName(), app.getStage(), stageName(app), steps.stream()
                    .map(Transition::name).distinct().toList(), app.getStageEnteredAt(), due,
                    due == null ? null : calendar.workingDaysAfter(today, due),
                    due != null && due.isBefore(today)));
        }
        return new WaitingList(rows, false);
    }

    /**
     * How many applications wait for the logged-in user's role, by stage code: the candidates {@link #forMe} reads
     * (open, in scope, in a stage with a step for the role), grouped in the database. A drawn panel's steps are
     * counted as the bureau's here (the workflow's check of each row is what a count cannot do).
     */
    @PreAuthorize("isAuthenticated()")
    public Map<String, Long> countByStage() {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<RecognitionApplication> root = query.from(RecognitionApplication.class);
        query.where(waitingFor(users.currentScope()).toPredicate(root, query, cb));
        query.multiselect(root.get("stage"), cb.count(root)).groupBy(root.get("stage"));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] r : entityManager.createQuery(query).getResultList()) {
            counts.put((String) r[0], (Long) r[1]);
        }
        return counts;
    }

    /** What a notification about the application names and whom it may concern. */
    @PreAuthorize("hasRole('SYSTEM')")
    public Optional<CaseFacts> facts(long applicationId) {
        return applications.findById(applicationId).map(app -> new CaseFacts(app.getId(), app.getReferenceNo(),
                WaitingCase.titleOf(app), app.getPin(), app.getUnit().getId(), app.getRecommendingBodyCode(),
                app.getJurisdictionCode(), app.getStage(), stageName(app), app.getStageEnteredAt(),
                app.getStageDue(), app.isClosed()));
    }

    /** The names of the steps a user with the scope may take on the application now (empty: none). */
    @PreAuthorize("hasRole('SYSTEM')")
    public List<org.ticportal.policy.api.LocalizedText> stepsFor(long applicationId, AccessScope scope) {
        return applications.findById(applicationId).filter(app -> !app.isClosed())
                .map(app -> waitingSteps(app, scope).stream().map(Transition::name).distinct().toList())
                .orElse(List.of());
    }

    /** The open applications in a stage limited in months whose last day falls within the days, for reminders. */
    @PreAuthorize("hasRole('SYSTEM')")
    public List<Long> expiringBetween(LocalDate first, LocalDate last) {
        return applications.findAll((root, query, cb) -> cb.and(cb.isFalse(root.get("closed")),
                cb.between(root.get("stageExpires"), first, last)), Sort.by("id")).stream()
                .map(RecognitionApplication::getId).toList();
    }

    /**
     * How many calendar days before the last day of its stage's duration in months the application's next actors are
     * reminded ({@code Stage.remindDaysBefore} of the pinned procedure); 0 when the stage sets none or is not so
     * limited.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    public int remindDaysBefore(long applicationId) {
        return applications.findById(applicationId).filter(app -> app.getStageExpires() != null)
                .flatMap(app -> providers.read(app.getPin(), p -> p.procedure().stage(app.getStage())))
                .map(org.ticportal.policy.api.procedure.Stage::remindDaysBefore).orElse(0);
    }

    /** The open applications whose stage's time limit ends within the days, for reminders. */
    @PreAuthorize("hasRole('SYSTEM')")
    public List<Long> dueBetween(LocalDate first, LocalDate last) {
        return applications.findAll((root, query, cb) -> cb.and(cb.isFalse(root.get("closed")),
                cb.between(root.get("stageDue"), first, last)), Sort.by("id")).stream()
                .map(RecognitionApplication::getId).toList();
    }

    /**
     * The steps the scope may take that the case waits for: all the workflow offers but a withdrawal, which an
     * applicant may take at any time and which no one waits for.
     */
    private List<Transition> waitingSteps(RecognitionApplication app, AccessScope scope) {
        List<Transition> available = availability.available(app, scope);
        if (available.isEmpty()) {
            return available;
        }
        Procedure procedure = providers.read(app.getPin(), p -> p.procedure());
        return available.stream().filter(t -> awaited(procedure, t)).toList();
    }

    private static boolean awaited(Procedure procedure, Transition t) {
        return procedure.stage(t.to()).map(s -> s.kind() != StageKind.WITHDRAWN).orElse(true);
    }

    private org.ticportal.policy.api.LocalizedText stageName(RecognitionApplication app) {
        return Workflow.stageName(providers.read(app.getPin(), p -> p.procedure()), app.getStage());
    }

    /**
     * The open applications the scope sees whose stage has a step for the scope's role, for their channel, under the
     * settings of the policy they are pinned to: all the waiting stages at once, to be counted.
     */
    Specification<RecognitionApplication> waitingFor(AccessScope scope) {
        List<Specification<RecognitionApplication>> stages = stagesWaiting(scope);
        Specification<RecognitionApplication> any = (root, query, cb) -> stages.isEmpty() ? cb.disjunction()
                : cb.or(stages.stream().map(stage -> stage.toPredicate(root, query, cb)).toArray(Predicate[]::new));
        return ApplicationAccess.visibleTo(scope).and(OPEN).and(any);
    }

    /** The same, one specification per waiting stage of each version (each read in its order from an index). */
    private List<Specification<RecognitionApplication>> waitingStages(AccessScope scope) {
        Specification<RecognitionApplication> visibleOpen = ApplicationAccess.visibleTo(scope).and(OPEN);
        return stagesWaiting(scope).stream().map(visibleOpen::and).toList();
    }

    /** Per version open applications are pinned to, per stage with a step for the scope's role: its channels. */
    private List<Specification<RecognitionApplication>> stagesWaiting(AccessScope scope) {
        List<Specification<RecognitionApplication>> stages = new ArrayList<>();
        for (PolicyPin pin : applications.findOpenPins()) {
            stagesFor(pin, scope).forEach((stage, channels) -> stages.add((root, query, cb) -> cb.and(
                    cb.equal(root.get("policyId"), pin.policyId()), cb.equal(root.get("pluginId"), pin.pluginId()),
                    cb.equal(root.get("pluginVersion"), pin.pluginVersion()), cb.equal(root.get("stage"), stage),
                    root.get("channel").in(channels))));
        }
        return stages;
    }

    private Map<String, Set<SubmissionChannel>> stagesFor(PolicyPin pin, AccessScope scope) {
        Procedure procedure;
        PolicySettings current;
        try {
            procedure = providers.read(pin, p -> p.procedure());
            current = settings.settingsFor(pin);
        } catch (RuntimeException e) {
            return Map.of(); // a policy version that cannot be read now offers no step
        }
        Map<String, Set<SubmissionChannel>> out = new LinkedHashMap<>();
        for (Transition t : procedure.transitions()) {
            if (!ApplicationAccess.mayActAs(t.actor(), scope) || !t.appliesUnder(current)
                    || !awaited(procedure, t)) {
                continue;
            }
            for (SubmissionChannel channel : SubmissionChannel.values()) {
                if (t.appliesTo(channel)) {
                    out.computeIfAbsent(t.from(), s -> EnumSet.noneOf(SubmissionChannel.class)).add(channel);
                }
            }
        }
        return out;
    }
}
