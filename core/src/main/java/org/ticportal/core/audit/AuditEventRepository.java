package org.ticportal.core.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    Page<AuditEvent> findBySubjectTypeAndSubjectId(String subjectType, String subjectId, Pageable pageable);

    long countBySubjectTypeAndSubjectIdAndAction(String subjectType, String subjectId, String action);
}
