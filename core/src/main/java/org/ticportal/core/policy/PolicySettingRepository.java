package org.ticportal.core.policy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PolicySettingRepository extends JpaRepository<PolicySetting, Long> {

    List<PolicySetting> findByPolicyId(String policyId);

    Optional<PolicySetting> findByPolicyIdAndKey(String policyId, String key);
}
