package org.ticportal.core.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AnnualReportRepository extends JpaRepository<AnnualReport, Long>, JpaSpecificationExecutor<AnnualReport> {

    Optional<AnnualReport> findByCenterIdAndYear(long centerId, int year);

    List<AnnualReport> findByCenterIdOrderByYearDesc(long centerId);

    List<AnnualReport> findByCenterIdAndStateOrderByYear(long centerId, ReportState state);
}
