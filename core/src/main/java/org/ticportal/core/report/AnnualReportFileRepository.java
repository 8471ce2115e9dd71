package org.ticportal.core.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualReportFileRepository extends JpaRepository<AnnualReportFile, Long> {

    List<AnnualReportFile> findByReportIdAndFieldKeyAndDeletedAtIsNullOrderByUploadedAt(long reportId,
                                                                                         String fieldKey);

    List<AnnualReportFile> findByReportIdAndDeletedAtIsNull(long reportId);
}
