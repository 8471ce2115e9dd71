package org.ticportal.core.policy;

import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyAssignmentRepository extends JpaRepository<PolicyAssignment, String> {
}
