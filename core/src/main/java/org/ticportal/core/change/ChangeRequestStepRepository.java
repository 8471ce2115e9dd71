package org.ticportal.core.change;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeRequestStepRepository extends JpaRepository<ChangeRequestStep, Long> {

    List<ChangeRequestStep> findByRequestIdOrderByActedAtAscIdAsc(long requestId);
}
