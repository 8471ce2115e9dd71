package org.ticportal.core.change;

import java.util.Collection;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long>, JpaSpecificationExecutor<ChangeRequest> {

    boolean existsByCenterIdAndStateIn(long centerId, Collection<ChangeRequestState> states);
}
