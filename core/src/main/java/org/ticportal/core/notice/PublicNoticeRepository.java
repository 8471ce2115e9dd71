package org.ticportal.core.notice;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PublicNoticeRepository extends JpaRepository<PublicNotice, Long>, JpaSpecificationExecutor<PublicNotice> {

    @Query("select n from PublicNotice n where (:jurisdiction is null or n.jurisdictionCode = :jurisdiction)")
    Page<PublicNotice> findInScope(String jurisdiction, Pageable pageable);

    @Query("select n from PublicNotice n where n.state <> org.ticportal.core.notice.PublicNotice.State.DRAFT")
    Page<PublicNotice> findPublished(Pageable pageable);

    @Query("select n from PublicNotice n where n.state <> org.ticportal.core.notice.PublicNotice.State.DRAFT"
            + " and n.jurisdictionCode = :jurisdiction")
    Page<PublicNotice> findPublishedIn(String jurisdiction, Pageable pageable);

    /** The contact for objections of the jurisdiction's notices, latest published first. */
    @Query("select new org.ticportal.core.notice.NoticeContact(n.contactPhone, n.contactAddress) from PublicNotice n"
            + " where n.jurisdictionCode = ?1 and n.state <> org.ticportal.core.notice.PublicNotice.State.DRAFT"
            + " order by n.publishedAt desc, n.id desc")
    java.util.List<NoticeContact> findContacts(String jurisdiction, Pageable pageable);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from PublicNotice n where n.id = :id")
    Optional<PublicNotice> lockById(long id);
}
