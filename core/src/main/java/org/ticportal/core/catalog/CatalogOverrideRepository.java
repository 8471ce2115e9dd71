package org.ticportal.core.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogOverrideRepository extends JpaRepository<CatalogOverride, Long> {

    List<CatalogOverride> findByPolicyId(String policyId);

    List<CatalogOverride> findByPolicyIdAndCatalogCode(String policyId, String catalogCode);

    Optional<CatalogOverride> findByPolicyIdAndCatalogCodeAndEntryCode(String policyId, String catalogCode,
                                                                       String entryCode);
}
