package org.ticportal.core.form;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FormVersionRepository extends JpaRepository<FormVersion, Long> {

    Optional<FormVersion> findFirstByPolicyIdAndFormCodeAndStatusOrderByNumberDesc(String policyId, String formCode,
                                                                                  FormVersion.Status status);

    Optional<FormVersion> findFirstByPolicyIdAndFormCodeAndStatusAndPluginVersionOrderByNumberDesc(String policyId,
            String formCode, FormVersion.Status status, String pluginVersion);

    Page<FormVersion> findByPolicyIdAndFormCode(String policyId, String formCode, Pageable pageable);

    @Query("select coalesce(max(v.number), 0) from FormVersion v where v.policyId = ?1 and v.formCode = ?2")
    int maxNumber(String policyId, String formCode);
}
