package org.ticportal.core.change;

import java.util.Collection;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long>, JpaSpecificationExecutor<ChangeRequest> {

    @org.springframework.data.jpa.repository.Query(
            "select distinct r.typeCode, r.typeNameZh, r.typeNameEn from ChangeRequest r order by r.typeCode")
    java.util.List<Object[]> distinctTypes();

    /** The approval chains of the requests under review now. */
    @org.springframework.data.jpa.repository.Query("select distinct r.approvalChain from ChangeRequest r"
            + " where r.state = org.ticportal.core.change.ChangeRequestState.REVIEWING")
    java.util.List<String> reviewingChains();

    boolean existsByCenterIdAndStateIn(long centerId, Collection<ChangeRequestState> states);
}
