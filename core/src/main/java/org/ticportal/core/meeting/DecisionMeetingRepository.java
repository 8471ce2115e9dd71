package org.ticportal.core.meeting;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DecisionMeetingRepository extends JpaRepository<DecisionMeeting, Long>,
        JpaSpecificationExecutor<DecisionMeeting> {

    /** The meeting, its row locked until the transaction ends (two staff recording the same meeting wait in turn). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from DecisionMeeting m where m.id = :id")
    Optional<DecisionMeeting> lockById(long id);
}
