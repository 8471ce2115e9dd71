package org.ticportal.core.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.ticportal.core.call.CallService;
import org.ticportal.core.call.CallSummary;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.core.policy.PolicySettingsService;
import org.ticportal.policy.api.RecommendingBody;
import org.ticportal.policy.api.call.CallRules;
import org.ticportal.policy.api.procedure.Actor;
import org.ticportal.policy.api.procedure.Procedure;
import org.ticportal.policy.api.procedure.Stage;
import org.ticportal.policy.api.procedure.StageKind;
import org.ticportal.policy.api.procedure.Transition;

/**
 * What calls for applications (申报批次) require of filing and of steps, on the server:
 * <ul>
 *   <li>filing: in a call of the jurisdiction's policy that is open now, or outside calls only where the policy's
 *       {@link CallRules} (and its setting) allow rolling filing; and no second open application of the unit under the
 *       policy in the same call (or both outside calls) unless the policy allows parallel applications;</li>
 *   <li>a submission (a step out of a draft stage into a stage that is not final) only while its call is open;</li>
 *   <li>a recommendation (the recommending body's step out of a review stage onwards) only within the body's quota in
 *       the call, counting the call's other applications the body has recommended; the call's row is locked for the
 *       rest of the recommending transaction, so that concurrent recommendations are counted one after the other.</li>
 * </ul>
 */
@Component
class CallGate {

    private final CallService calls;
    private final ApplicationRepository applications;
    private final PolicyProviders providers;
    private final PolicySettingsService settings;
    private final Clock clock;
    private final PortalTime time;

    CallGate(CallService calls, ApplicationRepository applications, PolicyProviders providers,
             PolicySettingsService settings, Clock clock, PortalTime time) {
        this.time = time;
        this.calls = calls;
        this.applications = applications;
        this.providers = providers;
        this.settings = settings;
        this.clock = clock;
    }

    /** Where a new application may be filed: the open calls of the policy, and whether outside calls too. */
    FilingOptions options(String jurisdictionCode, StartedPolicy policy) {
        CallRules rules = providers.read(policy.pin(), p -> p.calls());
        return new FilingOptions(calls.openNow(jurisdictionCode, policy.policyId()),
                rules.rollingFilingAllowed(settings.settingsFor(policy.pin())));
    }

    /** Checks a new application of the unit before it is filed; refused at the field {@code call}. */
    void checkFiling(String jurisdictionCode, PolicyPin pin, long unitId, @Nullable Long callId) {
        CallRules rules = providers.read(pin, p -> p.calls());
        String where;
        if (callId == null) {
            if (!rules.rollingFilingAllowed(settings.settingsFor(pin))) {
                throw BusinessException.onField("call", "call.rollingNotAllowed");
            }
            where = null;
        } else {
            CallSummary call = calls.find(callId)
                    .filter(c -> c.jurisdictionCode().equals(jurisdictionCode) && c.policyId().equals(pin.policyId()))
                    .orElseThrow(() -> BusinessException.onField("call", "call.notFound", callId));
            if (!call.isOpenAt(clock.instant())) {
                throw BusinessException.onField("call", "call.notOpen", call.title());
            }
            where = call.title();
        }
        Optional<String> other = duplicate(pin.policyId(), unitId, callId, rules);
        if (other.isPresent()) {
            throw where == null ? BusinessException.onField("call", "application.duplicate.rolling", other.get())
                    : BusinessException.onField("call", "application.duplicate.call", other.get(), where);
        }
    }

    /** The reference of an open application the unit already holds where a new one would go, if that is refused. */
    Optional<String> duplicate(String policyId, long unitId, @Nullable Long callId, CallRules rules) {
        if (rules.parallelApplications()) {
            return Optional.empty();
        }
        List<String> open = callId == null ? applications.findOpenOutsideCalls(unitId, policyId)
                : applications.findOpenInCall(unitId, policyId, callId);
        return open.stream().findFirst();
    }

    /**
     * Checks a step against the application's call before the engine takes it; returns whether the step is a
     * recommendation by the recommending body (to be dated when taken).
     */
    boolean checkStep(RecognitionApplication app, String transitionCode) {
        Procedure procedure = providers.read(app.getPin(), p -> p.procedure());
        Optional<Transition> step = procedure.from(app.getStage()).stream()
                .filter(t -> t.code().equals(transitionCode) && t.appliesTo(app.getChannel())).findFirst();
        if (step.isEmpty()) {
            return false; // the engine refuses it with its own reason
        }
        Stage target = procedure.stage(step.get().to()).orElseThrow();
        boolean onwards = !target.isFinal() && target.kind() != StageKind.DRAFT;
        boolean submission = app.getStageKind() == StageKind.DRAFT && onwards;
        boolean recommendation = step.get().actor() == Actor.RECOMMENDING_BODY
                && app.getStageKind() == StageKind.REVIEW && onwards;
        Long callId = app.getCallId();
        if (callId == null || !submission && !recommendation) {
            return recommendation;
        }
        // a recommendation locks the call's row until this transaction ends: two recommending bodies' users in the
        // last free quota slot are counted one after the other, never both against the same count
        CallSummary call = (recommendation ? calls.lockForQuota(callId) : calls.find(callId))
                .orElseThrow(() -> new BusinessException("call.notFound", callId));
        Instant now = clock.instant();
        if (submission && !call.isOpenAt(now)) {
            LocalDateTime closes = time.local(call.closesAt());
            if (now.isBefore(call.opensAt())) {
                LocalDateTime opens = time.local(call.opensAt());
                throw new BusinessException("call.notOpenYet", moment(call.title(), opens));
            }
            throw new BusinessException("call.closed", moment(call.title(), closes));
        }
        if (recommendation) {
            Integer quota = call.quotaOf(app.getRecommendingBodyCode());
            boolean quotas = providers.read(app.getPin(), p -> p.calls()).quotas();
            if (quota != null && quotas && applications.countRecommendedInCallLocking(callId,
                    app.getRecommendingBodyCode(), app.getId()) >= quota) {
                Object body = providers.read(app.getPin(), p -> p.catalogs().recommendingBody(
                        app.getRecommendingBodyCode()).map(RecommendingBody::name).orElse(null));
                throw new BusinessException("call.quotaExceeded", body == null ? app.getRecommendingBodyCode() : body,
                        call.title(), quota.toString());
            }
        }
        return recommendation;
    }

    /** A call's title and a moment of it as the refusal texts take them: year, month, day, HH:mm (the portal's zone). */
    private static Object[] moment(String title, LocalDateTime t) {
        return new Object[] {title, String.valueOf(t.getYear()), String.valueOf(t.getMonthValue()),
                String.valueOf(t.getDayOfMonth()), String.format("%02d:%02d", t.getHour(), t.getMinute())};
    }
}
