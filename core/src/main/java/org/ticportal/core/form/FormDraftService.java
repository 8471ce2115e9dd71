package org.ticportal.core.form;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.plugin.StartedPolicy;

/**
 * Drafting and publishing versions of a policy's forms. An administrator starts a draft from the form the policy
 * plugin ships (or from the version in use, or from a JSON file), edits it, and publishes it; from then on new cases
 * are filled in on the published version, while every case keeps the version it was started on: a published version
 * never changes. Every change is audited on the form.
 *
 * <p>A draft is refused for publication while {@link FormVersionService#problems} lists any (its definition's problems,
 * or a field or attachment that a rule or step of the policy reads dropped or changed in type). It is published as
 * checked against the running plugin version and serves the cases pinned to that version; after a plugin upgrade a
 * new draft starts from the last published one. Reading versions is {@link FormVersionService}'s.
 */
@Service
@Transactional(readOnly = true)
public class FormDraftService {

    private final FormVersionRepository versions;
    private final FormVersionService formVersions;
    private final PolicyProviders providers;
    private final AuditService audit;
    private final Clock clock;

    FormDraftService(FormVersionRepository versions, FormVersionService formVersions, PolicyProviders providers,
                     AuditService audit, Clock clock) {
        this.versions = versions;
        this.formVersions = formVersions;
        this.providers = providers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The draft of a policy form: the one being edited, or a new one copied from the version in use (or the shipped
     * form when none is published).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public FormVersion startDraft(String policyId, String formCode) {
        Optional<FormVersion> draft = versions.findFirstByPolicyIdAndFormCodeAndStatusOrderByNumberDesc(policyId,
                formCode, FormVersion.Status.DRAFT);
        if (draft.isPresent()) {
            return draft.get();
        }
        StartedPolicy policy = FormVersionService.started(providers, policyId);
        CurrentForm current = formVersions.current(policy.pin(), formCode);
        if (current.versionId() == null) {
            // after a plugin upgrade the administrators' last version is carried over, to be checked again
            Optional<FormVersion> earlier = versions.findFirstByPolicyIdAndFormCodeAndStatusOrderByNumberDesc(policyId,
                    formCode, FormVersion.Status.PUBLISHED);
            if (earlier.isPresent()) {
                return createDraft(policyId, formCode, FormVersion.Origin.VERSION, "v" + earlier.get().getNumber(),
                        formVersions.definition(policy.pin(), formCode, earlier.get().getId()));
            }
            return createDraft(policyId, formCode, FormVersion.Origin.PLUGIN,
                    policy.pin().pluginId() + "@" + policy.pin().pluginVersion(), current.definition());
        }
        return createDraft(policyId, formCode, FormVersion.Origin.VERSION, "v" + current.number(),
                current.definition());
    }

    /**
     * Saves a draft's definition. It may still have problems (they are listed by
     * {@link FormVersionService#problems}); its code cannot change. Refused when someone else saved the draft
     * meanwhile.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public FormVersion saveDraft(long versionId, long expectedVersion, FormDefinition definition) {
        FormVersion draft = draft(versionId, expectedVersion);
        if (!draft.getFormCode().equals(definition.code())) {
            throw BusinessException.onField("code", "formVersion.codeChanged", draft.getFormCode(),
                    String.valueOf(definition.code()));
        }
        String json = new String(FormReader.write(definition), StandardCharsets.UTF_8);
        if (!json.equals(draft.getDefinitionJson())) {
            draft.edit(json, sha256(json), clock.instant(), AuditService.currentActor());
            versions.saveAndFlush(draft);
            audit.record(AuditSubject.FORM, subject(draft), AuditAction.DRAFT_EDITED, null, "v" + draft.getNumber(), null);
        }
        return draft;
    }

    /**
     * Imports a definition from a JSON file (as {@link FormVersionService#export} writes it) as the form's new draft.
     * Refused while a draft is being edited: that work is continued or discarded first.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public FormVersion importDraft(String policyId, String formCode, byte[] json, String fileName) {
        if (json.length > 2_000_000) {
            throw BusinessException.onField("file", "formVersion.import.tooLarge", 2);
        }
        FormDefinition definition;
        try {
            definition = FormReader.parse(json);
        } catch (InvalidFormDefinitionException e) {
            throw BusinessException.onField("file", "formVersion.import.notAForm", fileName);
        }
        if (!formCode.equals(definition.code())) {
            throw BusinessException.onField("file", "formVersion.codeChanged", formCode,
                    String.valueOf(definition.code()));
        }
        FormVersionService.started(providers, policyId);
        Optional<FormVersion> draft = versions.findFirstByPolicyIdAndFormCodeAndStatusOrderByNumberDesc(policyId,
                formCode, FormVersion.Status.DRAFT);
        if (draft.isPresent()) {
            // someone's unpublished work is never replaced by a file: it is continued or discarded first
            throw BusinessException.onField("file", "formVersion.import.draftExists", draft.get().getNumber(),
                    draft.get().getUpdatedBy());
        }
        return createDraft(policyId, formCode, FormVersion.Origin.IMPORT, truncate(fileName, 100), definition);
    }

    /** Drops a draft. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void discardDraft(long versionId, long expectedVersion) {
        FormVersion draft = draft(versionId, expectedVersion);
        versions.delete(draft);
        versions.flush();
        audit.record(AuditSubject.FORM, subject(draft), AuditAction.DRAFT_DISCARDED, "v" + draft.getNumber(), null, null);
    }

    /**
     * Publishes a draft: from now on new cases are filled in on it. Refused, with every reason, while
     * {@link FormVersionService#problems} lists any.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public FormVersion publish(long versionId, long expectedVersion, @Nullable String note) {
        FormVersion draft = draft(versionId, expectedVersion);
        List<PublishProblem> problems = formVersions.problems(versionId);
        if (!problems.isEmpty()) {
            throw new FormPublishRefusedException(problems);
        }
        String cleanNote = note == null || note.isBlank() ? null : truncate(note.strip(), 1000);
        String checkedAgainst = FormVersionService.started(providers, draft.getPolicyId()).pin().pluginVersion();
        draft.publish(cleanNote, clock.instant(), AuditService.currentActor(), checkedAgainst);
        versions.saveAndFlush(draft);
        audit.record(AuditSubject.FORM, subject(draft), AuditAction.PUBLISHED, "DRAFT", "v" + draft.getNumber() + " @"
                + checkedAgainst, cleanNote);
        return draft;
    }

    private FormVersion createDraft(String policyId, String formCode, FormVersion.Origin origin, String basedOn,
                                    FormDefinition definition) {
        String json = new String(FormReader.write(definition), StandardCharsets.UTF_8);
        int number = versions.maxNumber(policyId, formCode) + 1;
        FormVersion draft = new FormVersion(policyId, formCode, number, origin, basedOn, json, sha256(json),
                clock.instant(), AuditService.currentActor());
        versions.saveAndFlush(draft);
        audit.record(AuditSubject.FORM, subject(draft), AuditAction.DRAFT_STARTED, null, "v" + number,
                origin.name() + " " + basedOn);
        return draft;
    }

    private FormVersion draft(long versionId, long expectedVersion) {
        FormVersion v = formVersions.get(versionId);
        if (!v.isEditable()) {
            throw new BusinessException("formVersion.published", v.getNumber());
        }
        if (v.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("form version " + versionId + " was changed by someone else");
        }
        return v;
    }

    private static String subject(FormVersion v) {
        return v.getPolicyId() + "/" + v.getFormCode();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
