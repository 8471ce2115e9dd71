package org.ticportal.core.center;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.CoreMessages;
import org.ticportal.core.plugin.PolicyPin;
import org.ticportal.core.plugin.PolicyProviders;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.UserService;

/**
 * The recognised centers: the staff's register (administrators every center, bureau staff their jurisdiction's, a
 * county body the centers it supervises), an applicant unit's own centers, each center's page and its decision and
 * certificate to download (for the lead unit's users, its supervising body, the bureau and administrators), and the
 * public registry without login. Rows are paged, sorted and filtered in the database, within the user's scope.
 */
@Service
@Transactional(readOnly = true)
public class CenterService {

    /** The properties the grids may sort by. */
    private static final Set<String> SORTABLE = Set.of("name", "leadUnitName", "recognizedOn", "decisionNumber",
            "typeNameZh", "clusterNameZh", "status", "recommendingBodyCode");

    private final CenterRepository centers;
    private final CenterDocuments documents;
    private final UserService users;
    private final PolicyProviders providers;

    CenterService(CenterRepository centers, CenterDocuments documents, UserService users, PolicyProviders providers) {
        this.centers = centers;
        this.documents = documents;
        this.users = users;
        this.providers = providers;
    }

    /** One page of the centers the user (or the read-only API client, in its scope) may see. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT', 'API_CLIENT')")
    public List<CenterRow> list(CenterFilter filter, Pageable pageable) {
        return centers.findAll(filter.toSpecification(users.currentScope()), sortable(pageable)).map(CenterRow::of)
                .getContent();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT', 'API_CLIENT')")
    public long count(CenterFilter filter) {
        return centers.count(filter.toSpecification(users.currentScope()));
    }

    /** A center the user may see; {@code center.notFound} otherwise. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public CenterRow get(long id) {
        return CenterRow.of(visible(id));
    }

    /** A center's identity, scope and policy, for a center the user may see; {@code center.notFound} otherwise. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public CenterFacts facts(long id) {
        Center c = visible(id);
        return new CenterFacts(c.getId(), c.getName(), c.getUnitId(), c.getRecommendingBodyCode(),
                c.getJurisdictionCode(), c.getPin(),
                c.getRecognizedOn(), c.getStatus());
    }

    /** The center recognised on an application, when there is one the user may see. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public Optional<CenterRow> forApplication(long applicationId) {
        AccessScope scope = users.currentScope();
        return centers.findByApplicationId(applicationId).filter(c -> sees(scope, c)).map(CenterRow::of);
    }

    /** A center's decision or certificate, for those who may see the center; {@code center.documentMissing} if gone. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public CenterDocument document(long id, CenterDocument.Kind kind) {
        Center c = visible(id);
        var file = documents.open(kind == CenterDocument.Kind.DECISION ? c.getFiles().decisionStored()
                : c.getFiles().certificateStored());
        if (file == null) {
            throw new BusinessException("center.documentMissing", c.getName());
        }
        String label = CoreMessages.text(kind == CenterDocument.Kind.DECISION ? "center.document.decisionFile"
                : "center.document.certificateFile").zh();
        return new CenterDocument(c.getName() + "-" + label + ".pdf", file);
    }

    /** The policy and plugin version the center was recognised under (its change types come from there). */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public PolicyPin pin(long id) {
        return visible(id).getPin();
    }

    /**
     * Checks a new core name for the center (art. 15 of the Xinzhou measures: a rename): the full name by the policy's
     * naming pattern and what is wrong with it — the policy's naming rules, the center's own name, and a name another
     * center holds or held (revoked centers' names included), compared without blanks.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'APPLICANT')")
    public CenterNameCheck checkRename(long id, String coreName) {
        return CenterNameCheck.of(visible(id), coreName, providers, centers);
    }

    /** One page of the public registry: centers not revoked, by name or lead unit. No login needed. */
    public List<PublicCenter> registry(CenterFilter filter, Pageable pageable) {
        return centers.findAll(publicOnly(filter).toPublicSpecification(), sortable(pageable)).map(PublicCenter::of)
                .getContent();
    }

    public long registryCount(CenterFilter filter) {
        return centers.count(publicOnly(filter).toPublicSpecification());
    }

    private static CenterFilter publicOnly(CenterFilter filter) {
        return new CenterFilter(filter.text(), filter.number(), null, null, null, null);
    }

    private Center visible(long id) {
        Center c = centers.findById(id).orElse(null);
        if (c == null || !sees(users.currentScope(), c)) {
            throw new BusinessException("center.notFound", id);
        }
        return c;
    }

    /** Whether a user of this scope sees the center (the rule every center lookup applies). */
    static boolean sees(AccessScope scope, Center c) {
        return switch (scope.role()) {
            case ADMIN, COUNTY, APPLICANT -> scope.covers(c.getUnitId(), c.getRecommendingBodyCode());
            case BUREAU -> scope.coversJurisdiction(c.getJurisdictionCode());
            case EXPERT, AUDITOR -> false;
        };
    }

    /** The page request with only sortable properties (newest recognitions first by default). */
    private static Pageable sortable(Pageable pageable) {
        Sort sort = Sort.by(pageable.getSort().stream().filter(o -> SORTABLE.contains(o.getProperty())).toList());
        if (sort.isUnsorted()) {
            sort = Sort.by(Sort.Order.desc("recognizedOn"), Sort.Order.desc("id"));
        } else {
            sort = sort.and(Sort.by("id"));
        }
        return PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), 200), sort);
    }
}
