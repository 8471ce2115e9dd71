package org.ticportal.core.call;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.PortalTime;
import org.ticportal.core.common.StoredPdf;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.plugin.StartedPolicy;
import org.ticportal.core.policy.JurisdictionPolicyService;
import org.ticportal.core.policy.PolicySettingsService;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;
import org.ticportal.policy.api.LocalizedText;
import org.ticportal.policy.api.RecommendingBody;
import org.ticportal.policy.api.SubmissionChannel;
import org.ticportal.policy.api.call.CallRules;

/**
 * Calls for applications (申报批次). Bureau staff open and edit the calls of their jurisdiction (administrators any),
 * for the policy the jurisdiction uses now; every change is audited and an edit is refused when someone else changed
 * the call meanwhile. Everyone logged in sees the calls and what is open now. Times are entered and shown in the
 * portal's zone ({@link PortalTime}: China's time unless configured otherwise), never the JVM's default.
 */
@Service
@Transactional(readOnly = true)
public class CallService {

    /** The largest announcing document accepted, in MB. */
    public static final int MAX_DOCUMENT_MB = 20;

    private final ApplicationCallRepository calls;
    private final JurisdictionPolicyService jurisdictions;
    private final PolicyProviders providers;
    private final PolicySettingsService settings;
    private final UserService users;
    private final AuditService audit;
    private final Clock clock;
    private final PortalTime time;
    private final Path root;

    CallService(ApplicationCallRepository calls, JurisdictionPolicyService jurisdictions, PolicyProviders providers,
                PolicySettingsService settings, UserService users, AuditService audit, Clock clock,
                PortalTime time, @Value("${ticportal.data-dir:data}") Path dataDir) {
        this.time = time;
        this.calls = calls;
        this.jurisdictions = jurisdictions;
        this.providers = providers;
        this.settings = settings;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        // beside the applications' files, so that backups take them along
        this.root = dataDir.toAbsolutePath().normalize().resolve("attachments");
    }

    /** One page of calls, filtered and sorted in the database. */
    @PreAuthorize("isAuthenticated()")
    public Page<CallSummary> list(CallFilter filter, Pageable pageable) {
        return calls.findAll(filter.toSpecification(clock.instant()), pageable).map(CallSummary::of);
    }

    @PreAuthorize("isAuthenticated()")
    public long count(CallFilter filter) {
        return calls.count(filter.toSpecification(clock.instant()));
    }

    /** A call. */
    @PreAuthorize("isAuthenticated()")
    public Optional<CallSummary> find(long id) {
        return calls.findById(id).map(CallSummary::of);
    }

    /**
     * The call, its row locked ({@code SELECT ... FOR UPDATE}) until the caller's transaction ends, so that the
     * recommendations counted against the call's quotas are taken one at a time: a second recommending transaction
     * waits here until the first has committed or rolled back. Only inside the caller's transaction.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<CallSummary> lockForQuota(long id) {
        return calls.findLockedById(id).map(CallSummary::of);
    }

    /** The calls of a jurisdiction open now for its policy, closing soonest first. */
    @PreAuthorize("isAuthenticated()")
    public List<CallSummary> openNow(String jurisdictionCode, String policyId) {
        Instant now = clock.instant();
        return calls.findByJurisdictionCodeAndOpensAtLessThanEqualAndClosesAtGreaterThanOrderByClosesAtAsc(
                jurisdictionCode, now, now).stream().filter(c -> c.getPolicyId().equals(policyId))
                .map(CallSummary::of).toList();
    }

    /** What the jurisdiction's active policy allows for calls (for opening one). */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public CallOptions options(String jurisdictionCode) {
        StartedPolicy policy = activePolicy(jurisdictionCode);
        CallRules rules = providers.readCurrent(policy.policyId(), p -> p.calls());
        Map<String, LocalizedText> bodies = new LinkedHashMap<>();
        for (RecommendingBody b : policy.catalogs().recommendingBodies()) {
            if (b.channel() == SubmissionChannel.RECOMMENDED) {
                bodies.put(b.code(), b.name());
            }
        }
        return new CallOptions(jurisdictionCode, policy.policyId(), policy.identity().title(), rules.quotas(),
                rules.rollingFilingAllowed(settings.settingsFor(policy.pin())), bodies);
    }

    /** The jurisdictions the user may open calls for: all running ones for administrators, their own for staff. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<org.ticportal.core.policy.Jurisdiction> managedJurisdictions() {
        AccessScope scope = users.currentScope();
        return jurisdictions.jurisdictions().stream().filter(j -> scope.coversJurisdiction(j.code())).toList();
    }

    /** Opens a call for the jurisdiction's active policy; refused at the field when something is wrong. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    @Transactional
    public CallSummary create(CallDraft draft) {
        requireJurisdiction(draft.jurisdictionCode());
        StartedPolicy policy = activePolicy(draft.jurisdictionCode());
        Checked checked = check(draft, policy);
        String actor = AuditService.currentActor();
        ApplicationCall call = new ApplicationCall(policy.policyId(), draft.jurisdictionCode(), clock.instant(), actor);
        call.set(draft.title(), checked.opensAt(), checked.closesAt(), Quotas.write(draft.quotas()), clock.instant(),
                actor);
        calls.saveAndFlush(call);
        audit.record(AuditSubject.CALL, call.getId().toString(), AuditAction.CALL_OPENED, null, describe(call),
                policy.policyId());
        return CallSummary.of(call);
    }

    /**
     * Changes a call: title, times, quotas. Refused when someone else changed it since {@code expectedVersion}. Moving
     * the close time into the past closes the call at once.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    @Transactional
    public CallSummary update(long id, long expectedVersion, CallDraft draft) {
        ApplicationCall call = managed(id);
        if (call.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("call " + id + " was changed by someone else");
        }
        StartedPolicy policy = activePolicy(call.getJurisdictionCode());
        Checked checked = check(new CallDraft(call.getJurisdictionCode(), draft.title(), draft.opensAt(),
                draft.closesAt(), draft.quotas()), policy);
        String before = describe(call);
        call.set(draft.title(), checked.opensAt(), checked.closesAt(), Quotas.write(draft.quotas()), clock.instant(),
                AuditService.currentActor());
        calls.saveAndFlush(call);
        String after = describe(call);
        if (!before.equals(after)) {
            audit.record(AuditSubject.CALL, call.getId().toString(), AuditAction.CALL_CHANGED, before, after, null);
        }
        return CallSummary.of(call);
    }

    /**
     * Attaches the document that announced the call (a PDF, decided by its content, at most
     * {@value #MAX_DOCUMENT_MB} MB), replacing an earlier one (whose file is kept).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    @Transactional
    public CallSummary attachDocument(long id, String fileName, InputStream content) {
        ApplicationCall call = managed(id);
        StoredPdf pdf = StoredPdf.store(root, "calls", "document", fileName, content, MAX_DOCUMENT_MB,
                LocalDate.now(clock));
        String before = call.getDocumentName();
        call.document(pdf.fileName(), pdf.stored(), pdf.size(), pdf.sha256(), clock.instant(),
                AuditService.currentActor());
        calls.saveAndFlush(call);
        audit.record(AuditSubject.CALL, call.getId().toString(), AuditAction.CALL_DOCUMENT, before, pdf.fileName(),
                pdf.size() + " bytes, sha256 " + pdf.sha256());
        return CallSummary.of(call);
    }

    /**
     * Demo data: an open call for the jurisdiction's active policy when it has none yet, without quotas (the bureau
     * adds them on the screen). Not for screens (package-private, no user check).
     */
    @Transactional
    void seedDemo(String jurisdictionCode, String title, LocalDateTime opensAt, LocalDateTime closesAt) {
        if (calls.existsByJurisdictionCode(jurisdictionCode)) {
            return;
        }
        StartedPolicy policy = activePolicy(jurisdictionCode);
        ApplicationCall call = new ApplicationCall(policy.policyId(), jurisdictionCode, clock.instant(),
                AuditService.SYSTEM_ACTOR);
        call.set(title, time.instant(opensAt), time.instant(closesAt), null, clock.instant(),
                AuditService.SYSTEM_ACTOR);
        calls.saveAndFlush(call);
        audit.record(AuditSubject.CALL, call.getId().toString(), AuditAction.CALL_OPENED, null, describe(call), "demo data");
    }

    /** The announcing document of a call, for download. */
    @PreAuthorize("isAuthenticated()")
    public CallDocument openDocument(long id) {
        ApplicationCall call = calls.findById(id).orElseThrow(() -> new BusinessException("call.notFound", id));
        Path file = StoredPdf.open(root, call.getDocumentStored());
        if (file == null) {
            throw new BusinessException("call.document.none", call.getTitle());
        }
        return new CallDocument(Objects.requireNonNull(call.getDocumentName()),
                Objects.requireNonNullElse(call.getDocumentSize(), 0L), file);
    }

    /** The history of a call: opened, changed, document attached; newest first unless the page sorts otherwise. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public Page<AuditEvent> history(long id, Pageable pageable) {
        managed(id);
        return audit.historyOf(AuditSubject.CALL, Long.toString(id), pageable);
    }

    private record Checked(Instant opensAt, Instant closesAt) {
    }

    private Checked check(CallDraft draft, StartedPolicy policy) {
        if (draft.title().isEmpty()) {
            throw BusinessException.onField("title", "call.title.required");
        }
        if (draft.title().length() > 200) {
            throw BusinessException.onField("title", "call.title.tooLong", 200);
        }
        if (draft.opensAt() == null) {
            throw BusinessException.onField("opensAt", "call.opensAt.required");
        }
        if (draft.closesAt() == null) {
            throw BusinessException.onField("closesAt", "call.closesAt.required");
        }
        if (!draft.closesAt().isAfter(draft.opensAt())) {
            throw BusinessException.onField("closesAt", "call.closesAt.beforeOpen");
        }
        if (!draft.quotas().isEmpty()) {
            boolean allowed = providers.readCurrent(policy.policyId(), p -> p.calls()).quotas();
            if (!allowed) {
                throw BusinessException.onField("quotas", "call.quota.notAllowed",
                        policy.identity().title().zh(), policy.identity().title().en());
            }
            for (Map.Entry<String, Integer> q : draft.quotas().entrySet()) {
                Optional<RecommendingBody> body = policy.catalogs().recommendingBody(q.getKey())
                        .filter(b -> b.channel() == SubmissionChannel.RECOMMENDED);
                if (body.isEmpty() || !Quotas.CODE.matcher(q.getKey()).matches()) {
                    throw BusinessException.onField("quotas", "call.quota.unknownBody", q.getKey());
                }
                if (q.getValue() == null || q.getValue() < 0 || q.getValue() > 10_000) {
                    throw BusinessException.onField("quota." + q.getKey(), "call.quota.invalid", body.get().name());
                }
            }
        }
        return new Checked(time.instant(draft.opensAt()), time.instant(draft.closesAt()));
    }

    private ApplicationCall managed(long id) {
        ApplicationCall call = calls.findById(id).orElseThrow(() -> new BusinessException("call.notFound", id));
        requireJurisdiction(call.getJurisdictionCode());
        return call;
    }

    private void requireJurisdiction(String code) {
        if (!users.currentScope().coversJurisdiction(code)) {
            throw new AccessDeniedException("not allowed to manage calls of jurisdiction " + code);
        }
    }

    private StartedPolicy activePolicy(String jurisdictionCode) {
        return jurisdictions.activePolicy(jurisdictionCode).orElseThrow(() -> BusinessException.onField(
                "jurisdiction", "application.noPolicy", jurisdictionCode));
    }

    private String describe(ApplicationCall call) {
        String quotas = call.getQuotasJson();
        return call.getTitle() + " | " + time.local(call.getOpensAt()) + " – " + time.local(call.getClosesAt())
                + (quotas == null ? "" : " | " + quotas);
    }
}
