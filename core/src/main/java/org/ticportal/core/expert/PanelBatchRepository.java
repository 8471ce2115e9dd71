package org.ticportal.core.expert;

import org.springframework.data.jpa.repository.JpaRepository;

interface PanelBatchRepository extends JpaRepository<PanelBatch, Long> {
}
